/**
 * `npm run bench -- --growth [N]` (default 1000): how the pipeline scales as ICE's daily sheets pile up.
 * Copies data-pipeline/sources to a scratch folder, adds N daily copies of the newest participating
 * sheet after its date, runs the full pipeline once, and prints the time of each step and the bytes
 * of the outputs that grow with the number of sheets. Nothing in the repository is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_SOURCES, runPipeline } from '../data-pipeline/build.ts';

const at = process.argv.indexOf('--growth');
const n = Number(process.argv[at + 1] ?? '') || 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-growth-'));
const sources = path.join(dir, 'sources');
fs.cpSync(DEFAULT_SOURCES, sources, { recursive: true });
const ice = path.join(sources, 'ice-287g');
const newest = fs.readdirSync(ice).filter((f) => /^participating-\d{4}-\d{2}-\d{2}(-pm)?\.xlsx$/.test(f)).sort().at(-1)!;
const bytes = fs.readFileSync(path.join(ice, newest));
const start = Date.parse(`${newest.slice('participating-'.length, 'participating-'.length + 10)}T00:00:00Z`);
for (let i = 1; i <= n; i++) fs.writeFileSync(path.join(ice, `participating-${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}.xlsx`), bytes);
const files = fs.readdirSync(ice).filter((f) => f.endsWith('.xlsx')).length;

console.log(`Growth: ${n} daily copies of ${newest} added (${files} ICE files) in ${dir}`);
const out = path.join(dir, 'out');
const t = performance.now();
const r = await runPipeline({ sources, out, quiet: true });
const total = performance.now() - t;
console.log(`\n${'step'.padEnd(24)} ${'time'.padStart(9)}  detail`);
for (const s of r.timings) console.log(`${s.step.padEnd(24)} ${`${(s.ms / 1000).toFixed(2)} s`.padStart(9)}  ${s.detail}`);
console.log(`${'total'.padEnd(24)} ${`${(total / 1000).toFixed(2)} s`.padStart(9)}  ${(total / files).toFixed(1)} ms per ICE file`);

const size = (rel: string) => {
  const b = fs.readFileSync(path.join(out, rel));
  return `${(b.length / 1024).toFixed(1)} KB (${(zlib.gzipSync(b).length / 1024).toFixed(1)} KB gzip)`;
};
console.log('\noutput                   bytes');
for (const rel of ['summary.json', 'timeline.json', 'changes.json', 'states/tx.json', 'states/ca.json']) console.log(`${rel.padEnd(24)} ${size(rel)}`);
fs.rmSync(dir, { recursive: true, force: true });
