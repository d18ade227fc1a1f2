// Static site. SITE_URL sets absolute URLs (canonical, Open Graph); BASE lets the site live under a
// sub-path such as /graphics/ice-map/ (every link and asset goes through import.meta.env.BASE_URL).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
