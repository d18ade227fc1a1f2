// Each module script a page loads imports shared chunks (template, timeline, embed-page…). The browser
// finds a chunk only after the script that imports it has arrived, one round trip later: on a slow phone
// network that is 150-300 ms more before the page responds. A `<link rel="modulepreload">` for each chunk,
// written just before the script that needs it, fetches it with the script. Not in <head>: that would
// pull the scripts ahead of the page's own text on a slow link.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticImports, walk } from './static-imports.mjs';

const SCRIPT = /<script type="module" src="([^"]*?)_astro\/([\w.-]+\.js)"><\/script>/g;

/** The page with a modulepreload link before each module script for the chunks it imports (each once). */
export function withModulePreloads(html, out) {
  const listed = new Set();
  return html.replace(SCRIPT, (tag, base, entry) => {
    listed.add(entry);
    const chunks = staticImports(out, entry).filter((f) => !listed.has(f));
    for (const f of chunks) listed.add(f);
    return chunks.map((f) => `<link rel="modulepreload" href="${base}_astro/${f}">`).join('') + tag;
  });
}

export const modulePreload = () => ({
  name: 'module-preload',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      for (const f of walk(out).filter((f) => f.endsWith('.html'))) {
        const file = path.join(out, f);
        const html = fs.readFileSync(file, 'utf8');
        const next = withModulePreloads(html, out);
        if (next !== html) fs.writeFileSync(file, next);
      }
    },
  },
});
