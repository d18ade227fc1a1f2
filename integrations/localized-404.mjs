/**
 * Static hosts serve one 404 file per folder at best (Cloudflare Pages and the test server use the
 * nearest 404.html; Netlify follows public/_redirects). Astro builds the Spanish not-found page as
 * es/404/index.html, so copy it to es/404.html where those hosts look for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const localized404 = () => ({
  name: 'localized-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      const built = path.join(out, 'es', '404', 'index.html');
      if (fs.existsSync(built)) fs.copyFileSync(built, path.join(out, 'es', '404.html'));
    },
  },
});
