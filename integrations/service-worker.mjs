/**
 * Writes sw.js at the site root (under BASE) after the build. Two versioned lists:
 * - CORE, cached when the worker installs (first visit): the home, methodology and compare pages in
 *   both languages, the build assets they load, summary.json and the icons: small, so a news reader
 *   on a phone is not made to download the site;
 * - FULL, cached only when a reader asks ("Save for offline use" on the home page, for classrooms on
 *   bad Wi-Fi): the 51 state pages in both languages and their data files.
 * Pages a reader opens are also kept as they are visited. The county explorer (maplibre, county
 * geometry, several MB) is never precached. Prints both sizes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { walk } from './static-imports.mjs';

/** Page folders precached in each language (relative to the language root). */
const PAGES = /^(|methodology\/|compare\/|states\/[a-z]{2}\/)$/;
/** Explorer-only build assets (see explorer-assets in astro.config.mjs). */
const EXPLORER = /^(county-map\.|maplibre-gl)/;

/** Pages in the install-time core (relative to the language root). */
const CORE_PAGES = /^(|methodology\/|compare\/)$/;

export function precacheList(out) {
  const files = walk(out);
  const pages = files.filter((f) => f.endsWith('index.html') && PAGES.test(f.replace(/^es\//, '').slice(0, -'index.html'.length)));
  const explorerEntries = new Set(
    files.filter((f) => /^(es\/)?explore\/index\.html$/.test(f))
      .flatMap((f) => [...fs.readFileSync(path.join(out, f), 'utf8').matchAll(/_astro\/([\w.-]+\.js)/g)].map((m) => m[1])),
  );
  const assets = files.filter((f) => f.startsWith('_astro/') && !EXPLORER.test(f.slice(7)) && !explorerEntries.has(f.slice(7)));
  // Data the precached pages fetch: the panel and compare page read per-state JSON.
  const data = files.filter((f) => /^data\/(summary\.json|states\/[a-z]{2}\.json)$/.test(f));
  return [...pages, ...assets, ...data, 'favicon.svg', '404.html', 'es/404.html'].filter((f) => files.includes(f));
}

/** The part of the list cached at install: everything but the state pages and their data. */
export const isCore = (f) =>
  !/^data\/states\//.test(f) && !(f.endsWith('index.html') && !CORE_PAGES.test(f.replace(/^es\//, '').slice(0, -'index.html'.length)));

export const serviceWorker = () => {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = precacheList(out);
        const hash = crypto.createHash('sha256');
        const size = { core: 0, full: 0 };
        for (const f of list) {
          const body = fs.readFileSync(path.join(out, f));
          size[isCore(f) ? 'core' : 'full'] += zlib.gzipSync(body).length;
          hash.update(f).update(body);
        }
        const version = hash.digest('hex').slice(0, 12);
        // Directory pages are requested as ".../" (the server answers with index.html).
        const url = (f) => `${base}${f.replace(/(^|\/)index\.html$/, '$1')}`;
        const core = list.filter(isCore).map(url);
        const rest = list.filter((f) => !isCore(f)).map(url);
        const template = fs.readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        const sw = template
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__BASE__', JSON.stringify(base))
          .replace('__CORE__', JSON.stringify(core))
          .replace('__REST__', JSON.stringify(rest));
        fs.writeFileSync(path.join(out, 'sw.js'), sw);
        const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB gzip`;
        logger.info(`sw.js: ${core.length} files cached on install (${mb(size.core)}), ${rest.length} more on request (${mb(size.full)}); version ${version}`);
      },
    },
  };
};
