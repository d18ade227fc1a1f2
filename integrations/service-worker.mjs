/**
 * Writes sw.js at the site root (under BASE) after the build: a versioned precache of the reader
 * pages in both languages (home, methodology, compare, the 51 state pages), the build assets they
 * load and the data files they fetch, so a classroom keeps a working site after one visit. The
 * county explorer (maplibre, county geometry, ~MBs) is left out of the precache and only cached at
 * runtime if a reader opens it. Prints the precache size.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Page folders precached in each language (relative to the language root). */
const PAGES = /^(|methodology\/|compare\/|states\/[a-z]{2}\/)$/;
/** Explorer-only build assets (see explorer-assets in astro.config.mjs). */
const EXPLORER = /^(county-map\.|maplibre-gl)/;

const walk = (dir, rel = '') =>
  fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`],
  );

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
  return [...pages, ...assets, ...data, 'favicon.svg', '404.html'].filter((f) => files.includes(f));
}

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
        let bytes = 0;
        let gzipped = 0;
        for (const f of list) {
          const body = fs.readFileSync(path.join(out, f));
          bytes += body.length;
          gzipped += zlib.gzipSync(body).length;
          hash.update(f).update(body);
        }
        const version = hash.digest('hex').slice(0, 12);
        // Directory pages are requested as ".../" (the server answers with index.html).
        const urls = list.map((f) => `${base}${f.replace(/(^|\/)index\.html$/, '$1')}`);
        const template = fs.readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        const sw = template
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__BASE__', JSON.stringify(base))
          .replace('__PRECACHE__', JSON.stringify(urls));
        fs.writeFileSync(path.join(out, 'sw.js'), sw);
        logger.info(`sw.js: ${urls.length} files precached, ${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzipped / 1024 / 1024).toFixed(2)} MB gzip; version ${version})`);
      },
    },
  };
};
