/**
 * The pipeline runner: ICE spreadsheets + policy YAML + population + us-atlas -> public/data/.
 * It only orders the stages: read-sources.ts reads and joins every input, each module in outputs/
 * builds the files named after it (validated against the shared schema), and the whole set is
 * written atomically, or nothing is. Run: `npm run data` (or `tsx data-pipeline/build.ts --out DIR`).
 */
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Summary } from './schema/records.ts';
import { InputError, type Warnings } from './errors.ts';
import { writeOutputsAtomically, type OutputFiles } from './steps/write-outputs.ts';
import { RunContext } from './run-context.ts';
import { readSources } from './read-sources.ts';
import { DEFAULT_CACHE_DIR, ParseCache } from './parse-cache.ts';
import { CacheMiss, DigestCache } from './sheet-digest.ts';
import { StateCache } from './sheet-state.ts';
import { HashMemo } from './hash-memo.ts';
import { buildSummary } from './outputs/summary.ts';
import { recordFiles } from './outputs/records.ts';
import { timelineFiles } from './outputs/timeline.ts';
import { policyAndPartyFiles } from './outputs/policy-and-party.ts';
import { peopleFiles } from './outputs/people.ts';
import { checkFiles } from './outputs/checks.ts';
import { geometryFiles } from './outputs/geometry.ts';
import { manifestFiles } from './outputs/manifest.ts';

export { DEFAULT_SOURCES, POLICY, CLAIMS, parseSourceName } from './input-paths.ts';
export { PIPELINE_VERSION } from './outputs/manifest.ts';
import { DEFAULT_SOURCES } from './input-paths.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface PipelineOptions {
  sources?: string;
  out?: string;
  /** Folder with us-atlas's JSON files (default: the installed package). */
  geometry?: string;
  quiet?: boolean;
  /** ICE sheets (file name -> bytes) read as if in sources/ice-287g/: `npm run refresh` stores one only after the outputs are written. */
  addedSheets?: ReadonlyMap<string, Buffer>;
  /** Folder of the sheet parse cache (parse-cache.ts); absent: every sheet is parsed (tests, CI's full rebuild). */
  cacheDir?: string;
}

export interface PipelineResult {
  summary: Summary;
  files: OutputFiles;
  warnings: Warnings;
  sheets: Array<{ file: string; kind: string; date: string; rows: number; used: boolean }>;
  timings: Array<{ step: string; ms: number; detail: string }>;
}

/** The output stages, in the order their files are listed in the manifest. */
const OUTPUTS = [recordFiles, timelineFiles, policyAndPartyFiles, peopleFiles, checkFiles, geometryFiles, manifestFiles];

export async function runPipeline(opts: PipelineOptions = {}): Promise<PipelineResult> {
  // A cache entry found damaged mid-run (CacheMiss) has been dropped: the run starts again without it.
  // After two such restarts the third run reads every sheet from its file (no cache).
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(attempt >= 3 ? { ...opts, cacheDir: undefined } : opts);
    } catch (err) {
      if (!(err instanceof CacheMiss) || attempt >= 3) throw err;
    }
  }
}

async function runOnce(opts: PipelineOptions): Promise<PipelineResult> {
  const ctx = new RunContext(
    opts.sources ?? DEFAULT_SOURCES,
    opts.geometry ?? path.dirname(createRequire(import.meta.url).resolve('us-atlas/package.json')),
    opts.quiet ? () => {} : (s: string) => process.stdout.write(`${s}\n`),
    opts.addedSheets,
    opts.cacheDir ? new ParseCache(opts.cacheDir) : null,
    opts.cacheDir ? new DigestCache(opts.cacheDir) : null,
    opts.cacheDir ? new HashMemo(path.join(opts.cacheDir, 'hashes', 'sheets.json')) : null,
    opts.cacheDir ? new StateCache(opts.cacheDir) : null,
  );
  ctx.log('Cooperation Divide data pipeline');
  const src = await readSources(ctx);
  const agg = buildSummary(ctx, src);
  const out: OutputFiles = new Map();
  for (const stage of OUTPUTS) stage(ctx, src, agg, out);
  if (opts.out) writeOutputsAtomically(opts.out, out);
  src.saveState();
  if (opts.out) ctx.step('write outputs', `${out.size} files -> ${path.relative(process.cwd(), opts.out) || opts.out}`);
  return {
    summary: agg.summary,
    files: out,
    warnings: ctx.warnings,
    sheets: src.sheets.map((s) => ({ file: s.file, kind: s.kind, date: s.date, rows: s.rawRows, used: src.used.includes(s) })),
    timings: ctx.timings,
  };
}

export function printSummary(r: PipelineResult): void {
  const s = r.summary;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines = [
    '',
    `Latest ICE snapshot ${s.asOf}: ${fmt(s.national.agreements)} active agreements, ${fmt(s.national.agencies)} agencies, ${s.national.statesWithAgreements} states (of 50 + DC)`,
    `  by model: JEM ${fmt(s.national.byModel.JEM)} · WSO ${fmt(s.national.byModel.WSO)} · TFM ${fmt(s.national.byModel.TFM)}; territories (not drawn): ${s.territories.map((t) => `${t.usps} ${t.agreements}`).join(', ') || 'none'}`,
    `  policy: ${Object.entries(s.stanceCounts).map(([k, n]) => `${k} ${n}`).join(' · ')}; unsettled: ${s.unsettled.join(' ')}`,
    `  county match: ${fmt(s.countyMatch.matched)} of ${fmt(s.countyMatch.agencies - s.countyMatch.statewide)} (${(s.countyMatch.share * 100).toFixed(1)}%), ${s.countyMatch.statewide} statewide`,
    `  snapshots (${s.snapshots.reduce((n, p) => n + p.sheets, 0)} sheets): ${s.snapshots.map((p) => `${p.date}${p.sheets > 1 ? `..${p.through} (${p.sheets})` : ''}=${p.agreements}`).join(' ')}`,
    `Warnings (${r.warnings.list().reduce((n, w) => n + w.count, 0)}):`,
    ...r.warnings.list().map((w) => `  ${w.code.padEnd(36)} ${String(w.count).padStart(4)}  e.g. ${w.examples.slice(0, 2).join(' | ')}`),
    `Done in ${(r.timings.reduce((n, t) => n + t.ms, 0) / 1000).toFixed(2)} s; largest outputs: ${[...r.files]
      .map(([p, c]) => [p, zlib.gzipSync(c).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([p, g]) => `${p} ${(g / 1024).toFixed(1)} KB gz`)
      .join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The CLI's cache folder: .cache/sheets (CD_CACHE_DIR elsewhere), or none with `--no-cache` or CD_NO_CACHE=1 (the full rebuild). */
export function cliCacheDir(argv = process.argv, env = process.env): string | undefined {
  const off = argv.includes('--no-cache') || ((env.CD_NO_CACHE ?? '') !== '' && env.CD_NO_CACHE !== '0');
  return off ? undefined : env.CD_CACHE_DIR || DEFAULT_CACHE_DIR;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = argValue('--out') ?? path.join(HERE, '..', 'public', 'data');
  runPipeline({ sources: argValue('--sources'), out, cacheDir: cliCacheDir() })
    .then(printSummary)
    .catch((err: unknown) => {
      if (err instanceof InputError) {
        process.stderr.write(`\nInput error: ${err.message}\nNothing was written; the previous outputs are unchanged.\n`);
      } else {
        process.stderr.write(`\nPipeline failed: ${(err as Error).stack ?? String(err)}\nNothing was written; the previous outputs are unchanged.\n`);
      }
      process.exit(1);
    });
}

