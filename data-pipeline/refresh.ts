/**
 * Adds a new ICE spreadsheet and rebuilds the data (README.md, "Adding a new ICE spreadsheet"):
 *   npm run refresh -- ./participatingAgencies06012026am.xlsx
 *   npm run refresh -- https://www.ice.gov/doclib/about/offices/ero/287g/participatingAgencies06012026am.xlsx
 *   npm run refresh -- ./agencies.xlsx --date 2026-06-01     (when the name carries no date)
 * The file is parsed and validated, then the whole pipeline runs with it held in memory and writes its
 * outputs atomically; only then is the file stored in sources/ice-287g/ under our naming scheme (one
 * rename). Stopped at any point (Ctrl-C), the sources never hold a sheet the outputs lack; a sheet stored
 * by an interrupted older run, with outputs that do not list it, is finished rather than skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readIceSheet } from './steps/read-ice-sheets.ts';
import { normalizeSheet } from './steps/normalize-agreements.ts';
import { DEFAULT_SOURCES, cliCacheDir, printSummary, runPipeline } from './build.ts';
import { Warnings, InputError } from './errors.ts';
import { fetchBytes } from './download.ts';
import { LIMITS, mb } from './limits.ts';
import { dateFromIceName, isCalendarDate } from './steps/ice-file-date.ts';
import { refreshLatest } from './refresh-latest.ts';

export { fetchBytes };

export { isCalendarDate, dateFromIceName };

export interface RefreshOptions {
  input: string;
  date?: string;
  sources?: string;
  out?: string;
  quiet?: boolean;
  /** The sheet parse cache's folder (parse-cache.ts); absent: every sheet is parsed. */
  cacheDir?: string;
}

function readLocal(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    throw new InputError({ file }, 'a readable file', (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  if (size > LIMITS.downloadBytes) throw new InputError({ file }, `a spreadsheet of at most ${mb(LIMITS.downloadBytes)}`, mb(size));
  return fs.readFileSync(file);
}

/** True when the outputs in `out` were built from exactly these bytes under this name. */
function outputsInclude(out: string | undefined, rel: string, bytes: Buffer): boolean {
  if (!out) return true;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { inputs: Array<{ path: string; sha256: string }> };
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    return manifest.inputs.some((i) => i.path === rel && i.sha256 === sha);
  } catch {
    return false;
  }
}

export async function refresh(opts: RefreshOptions) {
  const sources = opts.sources ?? DEFAULT_SOURCES;
  if (opts.date !== undefined && !isCalendarDate(opts.date)) {
    throw new InputError({ file: 'the --date argument' }, 'a calendar date written YYYY-MM-DD', opts.date);
  }
  const isUrl = /^https?:\/\//i.test(opts.input);
  const bytes = isUrl ? await fetchBytes(opts.input) : readLocal(opts.input);
  const originalName = isUrl ? decodeURIComponent(new URL(opts.input).pathname.split('/').pop() ?? '') : path.basename(opts.input);
  const fromName = dateFromIceName(originalName);
  const date = opts.date ?? fromName?.date;
  if (!date || !isCalendarDate(date)) {
    throw new InputError({ file: originalName }, 'a date in the file name (MMDDYYYY or MMDDYY) or --date YYYY-MM-DD', originalName);
  }
  const sheet = await readIceSheet(originalName, bytes);
  normalizeSheet(sheet, date, new Warnings()); // validate before anything is stored
  const name = `${sheet.kind}-${date}${fromName?.pm ? '-pm' : ''}.xlsx`;
  const rel = `ice-287g/${name}`;
  const target = path.join(sources, rel);
  if (fs.existsSync(target)) {
    if (Buffer.compare(fs.readFileSync(target), bytes) !== 0) {
      throw new InputError({ file: name }, 'a snapshot date not already stored with different bytes', target);
    }
    if (outputsInclude(opts.out, rel, bytes)) return { stored: name, unchanged: true, finished: false, result: null };
    // Stored, but the outputs were never rebuilt with it (an older refresh was interrupted): finish.
    return { stored: name, unchanged: false, finished: true, result: await runPipeline({ sources, out: opts.out, quiet: opts.quiet, cacheDir: opts.cacheDir }) };
  }
  const result = await runPipeline({ sources, out: opts.out, quiet: opts.quiet, cacheDir: opts.cacheDir, addedSheets: new Map([[name, bytes]]) });
  const partial = path.join(path.dirname(target), `.${name}.partial`);
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, target);
  return { stored: name, unchanged: false, finished: false, result };
}

const USAGE = 'usage: npm run refresh                (finds the newest sheets on ICE\'s 287(g) page)\n       npm run refresh -- <file.xlsx | https://…/file.xlsx> [--date YYYY-MM-DD]';

/** The command line: one file or URL and an optional --date (also --date=…), in any order. */
export function parseRefreshArgs(argv: string[], cwd: string): { input: string; date?: string } | { latest: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { date: { type: 'string' }, 'no-cache': { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    return { error: `${(err as Error).message}\n${USAGE}` };
  }
  const [input, ...more] = parsed.positionals;
  if (!input) return parsed.values.date === undefined ? { latest: true } : { error: `--date needs a file or URL\n${USAGE}` };
  if (more.length > 0) return { error: `one file or URL at a time; also given: ${more.join(' ')}\n${USAGE}` };
  // npm runs scripts from the package folder; a relative path means the folder the command was typed in.
  const resolved = /^https?:\/\//i.test(input) ? input : path.resolve(cwd, input);
  return { input: resolved, ...(parsed.values.date !== undefined ? { date: parsed.values.date } : {}) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseRefreshArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    process.exit(2);
  }
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data');
  const fail = (err: unknown) => {
    process.stderr.write(`\nRefresh failed: ${(err as Error).message}\nNothing was stored or written.\n`);
    process.exit(1);
  };
  if ('latest' in args) {
    refreshLatest({ out, cacheDir: cliCacheDir(), log: (line) => process.stdout.write(`${line}\n`) })
      .then((r) => {
        if (r.stored.length === 0) process.stdout.write(`No new sheet: every linked file is already stored (${r.skipped.join(', ')}); nothing written.\n`);
        else process.stdout.write(`Stored ${r.stored.map((n) => `ice-287g/${n}`).join(', ')}; provenance added to data-pipeline/sources/ice-287g/SOURCES.md.\n`);
        if (r.result) printSummary(r.result);
      })
      .catch(fail);
  } else refresh({ ...args, out, cacheDir: cliCacheDir() })
    .then((r) => {
      if (r.unchanged) process.stdout.write(`${r.stored} is already stored with the same bytes and built into the outputs; nothing to do.\n`);
      else if (r.finished) process.stdout.write(`${r.stored} was stored by an interrupted refresh; the outputs are now rebuilt with it.\n`);
      else process.stdout.write(`Stored ice-287g/${r.stored}. Add its provenance to data-pipeline/sources/ice-287g/SOURCES.md.\n`);
      if (r.result) printSummary(r.result);
    })
    .catch(fail);
}
