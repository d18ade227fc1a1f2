/**
 * `npm run bench -- --growth [N]` (default 1000): how the pipeline scales as ICE's daily sheets pile up.
 * Copies data-pipeline/sources to a scratch folder and adds N daily copies of the newest participating
 * sheet after its date (growthCopies, also used by tests). Then two runs with the N copies plus one
 * more sheet: the full rebuild (no parse cache, what CI runs) and a warm refresh (every sheet in the
 * parse cache but the newest sheet's bytes, which are parsed once: "one new sheet"). Prints the time
 * of each step for both and the bytes of the outputs that could grow with the number of sheets.
 * Nothing in the repository is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from '../data-pipeline/build.ts';
import { ParseCache, parseSheet } from '../data-pipeline/parse-cache.ts';
import { sha256 } from '../data-pipeline/run-context.ts';

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

const at = process.argv.indexOf('--growth');
if (at >= 0) {
  const n = Number(process.argv[at + 1] ?? '') || 1000;
  const g = growthCopies(n + 1);
  const files = fs.readdirSync(g.ice).filter((f) => f.endsWith('.xlsx'));
  console.log(`Growth: ${n} daily copies of ${g.newest} + 1 more (${files.length} ICE files) in ${g.dir}`);
  const out = path.join(g.dir, 'out');
  const timed = async (opts: { cacheDir?: string }) => {
    const t = performance.now();
    const r = await runPipeline({ sources: g.sources, out, quiet: true, ...opts });
    return { r, total: performance.now() - t };
  };
  const full = await timed({});
  // Every stored sheet parsed into the cache before the refresh, except the newest sheet's bytes.
  const cacheDir = path.join(g.dir, 'cache');
  const cache = new ParseCache(cacheDir);
  const newSha = sha256(g.bytes);
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(g.ice, f));
    if (sha256(bytes) !== newSha && !cache.get(f, sha256(bytes))) await parseSheet(f, bytes, sha256(bytes), cache);
  }
  const warm = await timed({ cacheDir });
  const row = (name: string, a: string, b: string, detail = '') => console.log(`${name.padEnd(24)} ${a.padStart(9)} ${b.padStart(9)}  ${detail}`);
  const s = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(2)} s`);
  row('\nstep', 'full', 'warm', 'detail (warm run)');
  const warmStep = (r: PipelineResult, step: string) => r.timings.find((t) => t.step === step);
  for (const t of full.r.timings) row(t.step, s(t.ms), s(warmStep(warm.r, t.step)?.ms), warmStep(warm.r, t.step)?.detail ?? '');
  row('total', s(full.total), s(warm.total), `${(full.total / files.length).toFixed(1)} / ${(warm.total / files.length).toFixed(1)} ms per ICE file`);

  const size = (rel: string) => {
    const b = fs.readFileSync(path.join(out, rel));
    return `${(b.length / 1024).toFixed(1)} KB (${(zlib.gzipSync(b).length / 1024).toFixed(1)} KB gzip)`;
  };
  const base = (rel: string) => (fs.existsSync(path.join('public/data', rel)) ? `${(fs.statSync(path.join('public/data', rel)).size / 1024).toFixed(1)} KB` : '-');
  console.log(`\n${'output'.padEnd(24)} ${'public/data'.padStart(12)}  with growth`);
  for (const rel of ['summary.json', 'timeline.json', 'changes.json', 'people-covered.json', 'states/tx.json', 'states/ca.json']) console.log(`${rel.padEnd(24)} ${base(rel).padStart(12)}  ${size(rel)}`);
  fs.rmSync(g.dir, { recursive: true, force: true });
}
