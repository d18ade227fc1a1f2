/**
 * `npm run bench -- --growth [N] [--distinct]` (default 1000): how the pipeline scales as ICE's daily
 * sheets pile up. Copies data-pipeline/sources to a scratch folder and adds N daily copies of the newest
 * participating sheet after its date (growthCopies, also used by tests), or with --distinct N daily
 * sheets that each differ from the day before by a few rows (scripts/growth-sheets.ts). Then four runs:
 * - cold: the full rebuild of the N copies plus one new sheet, no cache (what CI runs);
 * - fill: the N copies with an empty cache; warm: the same again, every sheet from the cache;
 * - +1: one new sheet added (the newest sheet less one row, under the next date, so the list changes)
 *   whose parse is not cached either: what a daily refresh costs.
 * Prints the time of each step for the cold, warm and +1 runs and the bytes of the outputs that could
 * grow with the number of sheets. Nothing in the repository is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from '../data-pipeline/build.ts';
import { ParseCache } from '../data-pipeline/parse-cache.ts';
import { readIceSheet } from '../data-pipeline/steps/read-ice-sheets.ts';
import { sha256 } from '../data-pipeline/run-context.ts';
import { dayAfter, distinctSheets, writeSheet } from './growth-sheets.ts';

/** A scratch copy of the sources with `n` daily copies of the newest participating sheet after its date. */
export function growthCopies(n: number, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-growth-'))) {
  const sources = path.join(dir, 'sources');
  fs.cpSync(DEFAULT_SOURCES, sources, { recursive: true });
  const ice = path.join(sources, 'ice-287g');
  const newest = fs.readdirSync(ice).filter((f) => /^participating-\d{4}-\d{2}-\d{2}(-pm)?\.xlsx$/.test(f)).sort().at(-1)!;
  const bytes = fs.readFileSync(path.join(ice, newest));
  const start = Date.parse(`${newest.slice('participating-'.length, 'participating-'.length + 10)}T00:00:00Z`);
  const added: string[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `participating-${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}.xlsx`;
    fs.writeFileSync(path.join(ice, name), bytes);
    added.push(name);
  }
  return { dir, sources, ice, newest, bytes, added };
}

/** Like growthCopies, with day i's distinct sheet (growth-sheets.ts) in place of each copy; also returns day n+1's sheet. */
export async function growthDistinct(n: number, log = (_s: string) => {}) {
  const g = growthCopies(0);
  const sheets = await distinctSheets({ file: g.newest, bytes: g.bytes }, n + 1, log);
  for (const s of sheets.slice(0, n)) fs.copyFileSync(s.file, path.join(g.ice, s.name));
  const next = sheets.at(-1)!;
  return { ...g, added: sheets.slice(0, n).map((s) => s.name), next: { name: next.name, bytes: fs.readFileSync(next.file) } };
}

const at = process.argv.indexOf('--growth');
if (at >= 0) {
  const n = Number(process.argv[at + 1] ?? '') || 1000;
  const distinct = process.argv.includes('--distinct');
  const g = distinct ? await growthDistinct(n, console.log) : { ...growthCopies(n), next: undefined };
  let newName: string;
  let newBytes: Buffer;
  if (g.next) {
    ({ name: newName, bytes: newBytes } = g.next);
    console.log(`Growth: ${n} distinct daily sheets after ${g.newest} (each the day before's list with two agreements ended and two back) + 1 new sheet (${newName}) in ${g.dir}`);
  } else {
    // The new sheet, dated the day after the last copy: the newest sheet's cells written again without its
    // last row (ICE ended one agreement), so the list changes and the bytes are new.
    const parsed = await readIceSheet(g.newest, g.bytes);
    newBytes = await writeSheet(parsed, parsed.rows.slice(0, -1));
    newName = `participating-${dayAfter(g.added.at(-1)!.slice('participating-'.length, -'.xlsx'.length), 1)}.xlsx`;
    console.log(`Growth: ${n} daily copies of ${g.newest} + 1 new sheet (${newName}: ${g.newest} less its last row) in ${g.dir}`);
  }
  const out = path.join(g.dir, 'out');
  const cacheDir = path.join(g.dir, 'cache');
  const timed = async (opts: { cacheDir?: string; addedSheets?: Map<string, Buffer> }) => {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await runPipeline({ sources: g.sources, out, quiet: true, ...opts });
    // CPU time beside wall time: on a shared machine the wall time also counts other processes' turns.
    const cpu = process.cpuUsage(c);
    return { r, total: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const added = new Map([[newName, newBytes]]);
  const cold = await timed({ addedSheets: added });
  const fill = await timed({ cacheDir });
  const warm = await timed({ cacheDir });
  // The new sheet's bytes are parsed, not read from the parse cache: a real new sheet is new bytes.
  fs.rmSync(new ParseCache(cacheDir).entryPath(sha256(newBytes)), { force: true });
  const plus = await timed({ cacheDir, addedSheets: added });
  const files = fs.readdirSync(g.ice).filter((f) => f.endsWith('.xlsx')).length;
  console.log(`cache fill (${files} ICE files, empty cache): ${(fill.total / 1000).toFixed(2)} s (CPU ${(fill.cpu / 1000).toFixed(2)} s)`);
  const row = (name: string, ...cols: string[]) => console.log(`${name.padEnd(24)} ${cols.slice(0, 3).map((c) => c.padStart(9)).join(' ')}  ${cols[3] ?? ''}`);
  const s = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(2)} s`);
  row('\nstep', 'cold', 'warm', '+1', 'detail (+1 run)');
  const stepOf = (r: PipelineResult, step: string) => r.timings.find((t) => t.step === step);
  for (const t of cold.r.timings) row(t.step, s(t.ms), s(stepOf(warm.r, t.step)?.ms), s(stepOf(plus.r, t.step)?.ms), stepOf(plus.r, t.step)?.detail ?? '');
  row('total', s(cold.total), s(warm.total), s(plus.total), `${(plus.total / (files + 1)).toFixed(2)} ms per ICE file (+1)`);
  row('CPU time (user+sys)', s(cold.cpu), s(warm.cpu), s(plus.cpu));
  // The cache is an optimisation only: the +1 run must write what the full rebuild (cold) wrote, byte for byte.
  // (Less the run's own time stamp and commit in the manifest and data package: a commit during a long bench changes it.)
  const stamp = (b: string | Uint8Array | undefined) => (b === undefined ? '' : Buffer.from(b).toString('latin1').replace(/"(generatedAt|created|commit)":("[^"]*"|null)/g, ''));
  const differ = [...cold.r.files].filter(([rel, b]) => stamp(b) !== stamp(plus.r.files.get(rel))).map(([rel]) => rel);
  console.log(`+1 outputs identical to cold (no cache): ${differ.length === 0 && plus.r.files.size === cold.r.files.size ? 'yes' : `NO (${differ.join(', ') || 'file count'})`}`);

  const size = (rel: string) => {
    const b = fs.readFileSync(path.join(out, rel));
    return `${(b.length / 1024).toFixed(1)} KB (${(zlib.gzipSync(b).length / 1024).toFixed(1)} KB gzip)`;
  };
  const base = (rel: string) => (fs.existsSync(path.join('public/data', rel)) ? `${(fs.statSync(path.join('public/data', rel)).size / 1024).toFixed(1)} KB` : '-');
  console.log(`\n${'output'.padEnd(24)} ${'public/data'.padStart(12)}  with growth`);
  for (const rel of ['summary.json', 'timeline.json', 'changes.json', 'people-covered.json', 'people-covered.csv', 'checks.json', 'states/tx.json', 'states/ca.json']) console.log(`${rel.padEnd(24)} ${base(rel).padStart(12)}  ${size(rel)}`);
  fs.rmSync(g.dir, { recursive: true, force: true });
}
