/**
 * Content first: every page's text, map and charts are in the HTML, and its module scripts only
 * upgrade them. Astro writes each component's script where the component sits, so the preload scanner
 * fetches them at high priority while the headline is still being laid out, and a script tag in the
 * top line splits the first paint. Module scripts run after parsing in document order wherever they
 * sit, so moving them (in order) to the end of <body> with fetchpriority="low" changes when they are
 * fetched, not what they do. The county explorer is left alone: its script draws its first view.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with its external module scripts moved, in order and deduplicated, to just before </body>. */
export function scriptsLast(html) {
  const srcs = [...new Set([...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]))];
  const close = html.lastIndexOf('</body>');
  if (srcs.length === 0 || close < 0) return html;
  const tags = srcs.map((src) => `<script type="module" fetchpriority="low" src="${src}"></script>`).join('');
  const body = html.slice(0, close).replace(MODULE_SCRIPT, '');
  return body + tags + html.slice(close);
}

const htmlFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'explore' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });

export const scriptsLastIntegration = () => ({
  name: 'scripts-last',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const file of htmlFiles(fileURLToPath(dir))) {
        const html = fs.readFileSync(file, 'utf8');
        const moved = scriptsLast(html);
        if (moved !== html) fs.writeFileSync(file, moved);
      }
    },
  },
});
