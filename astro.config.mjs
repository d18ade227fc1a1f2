// Static site. SITE_URL sets absolute URLs (canonical, Open Graph); BASE lets the site live under a
// sub-path such as /graphics/ice-map/ (every link and asset goes through import.meta.env.BASE_URL).
import { defineConfig } from 'astro/config';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localized404 } from './integrations/localized-404.mjs';
import { securityHeaders } from './integrations/headers.mjs';
import { serviceWorker } from './integrations/service-worker.mjs';

/**
 * Lists the county explorer's hashed assets (maplibre chunk and worker) in explore-assets.json, so
 * pages linking to the explorer can prefetch them when a reader shows intent (hover, focus, touch).
 * Nothing of maplibre is fetched on a first view.
 */
const explorerAssets = () => ({
  name: 'explorer-assets',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      const files = fs.readdirSync(path.join(out, '_astro')).filter((f) => /^(county-map\.|maplibre-gl-worker\.)/.test(f));
      // The explorer page's own entry script, as referenced by its HTML.
      const html = fs.readFileSync(path.join(out, 'explore', 'index.html'), 'utf8');
      const entry = [...html.matchAll(/_astro\/[\w.-]+\.js/g)].map((m) => m[0].slice('_astro/'.length));
      const all = [...new Set([...entry, ...files])];
      fs.writeFileSync(path.join(out, 'explore-assets.json'), JSON.stringify({ prefetch: all.map((f) => `_astro/${f}`) }));
    },
  },
});

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [explorerAssets(), localized404(), securityHeaders(), serviceWorker()],
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
