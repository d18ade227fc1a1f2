// The build's own module graph, read from the emitted files: which chunks a script imports statically.
import fs from 'node:fs';
import path from 'node:path';

/**
 * `entry` and every chunk it imports statically, transitively (files in `<out>/_astro/`). `import(...)`
 * chunks are left out: they load when the reader asks for them. `skip` names files not to follow.
 */
export function staticImports(out, entry, skip = () => false) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || skip(file)) return;
    seen.add(file);
    const js = fs.readFileSync(path.join(out, '_astro', file), 'utf8');
    for (const m of js.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(m[1]);
  };
  visit(entry);
  return [...seen];
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export const walk = (dir, rel = '') =>
  fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`],
  );
