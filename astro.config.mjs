// Static site. SITE_URL sets absolute URLs (canonical, Open Graph); BASE lets the site live under a
// sub-path such as /graphics/ice-map/ (every link and asset goes through import.meta.env.BASE_URL).
import { defineConfig } from 'astro/config';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localized404 } from './integrations/localized-404.mjs';
import { securityHeaders } from './integrations/headers.mjs';
import { serviceWorker } from './integrations/service-worker.mjs';
import { modulePreload } from './integrations/module-preload.mjs';
import { staticImports } from './integrations/static-imports.mjs';

/**
 * Lists the county explorer's first-view scripts (its entry and the chunks that entry imports) in
 * explore-assets.json, so pages linking to the explorer can prefetch them when a reader shows intent
 * (hover, focus, touch). maplibre is not among them: the explorer loads it only when the reader zooms.
 */
const explorerAssets = () => ({
  name: 'explorer-assets',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      const html = fs.readFileSync(path.join(out, 'explore', 'index.html'), 'utf8');
      const skip = (file) => /^(county-map\.|maplibre-gl)/.test(file);
      const seen = new Set([...html.matchAll(/_astro\/([\w.-]+\.js)/g)].flatMap((m) => staticImports(out, m[1], skip)));
      fs.writeFileSync(path.join(out, 'explore-assets.json'), JSON.stringify({ prefetch: [...seen].map((f) => `_astro/${f}`) }));
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
  integrations: [modulePreload(), explorerAssets(), localized404(), securityHeaders(), serviceWorker()],
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
