/**
 * All-or-nothing output: files go to a sibling temporary folder, which replaces the output folder in
 * one rename only after every file is written. A failed run leaves the previous outputs untouched.
 */
import fs from 'node:fs';
import path from 'node:path';

export type OutputFiles = Map<string, string | Uint8Array>;

export function writeOutputsAtomically(outDir: string, files: OutputFiles): void {
  const parent = path.dirname(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  recoverInterrupted(outDir, parent);
  const tmp = fs.mkdtempSync(path.join(parent, `.${path.basename(outDir)}.tmp-`));
  try {
    for (const [rel, content] of files) {
      if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new Error(`output path escapes the folder: ${rel}`);
      const target = path.join(tmp, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    const old = `${tmp}-old`;
    const hadOld = fs.existsSync(outDir);
    if (hadOld) fs.renameSync(outDir, old);
    fs.renameSync(tmp, outDir);
    if (hadOld) fs.rmSync(old, { recursive: true, force: true });
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/**
 * A run killed mid-write leaves its temporary folder behind, and one killed between the two renames
 * leaves no output folder but the previous set as `<tmp>-old`: put that back and clear the rest.
 */
function recoverInterrupted(outDir: string, parent: string): void {
  const prefix = `.${path.basename(outDir)}.tmp-`;
  for (const name of fs.readdirSync(parent).filter((f) => f.startsWith(prefix))) {
    const full = path.join(parent, name);
    if (name.endsWith('-old') && !fs.existsSync(outDir)) fs.renameSync(full, outDir);
    else fs.rmSync(full, { recursive: true, force: true });
  }
}
