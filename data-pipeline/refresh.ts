/**
 * Adds a new ICE spreadsheet and rebuilds the data.
 *   npm run refresh -- ./participatingAgencies06012026am.xlsx
 *   npm run refresh -- https://www.ice.gov/doclib/about/offices/ero/287g/participatingAgencies06012026am.xlsx
 *   npm run refresh -- FILE_OR_URL --date 2026-06-01     (when the name carries no date)
 * The file is parsed and validated before it is copied into sources/ice-287g/ under our naming
 * scheme, so a bad download never enters the sources. Then the whole pipeline runs (atomic write).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIceSheet } from './steps/read-ice-sheets.ts';
import { normalizeSheet } from './steps/normalize-agreements.ts';
import { DEFAULT_SOURCES, printSummary, runPipeline } from './build.ts';
import { Warnings, InputError } from './errors.ts';

/** ICE names files participatingAgenciesMMDDYYYY{am|pm}.xlsx / pendingAgencies… */
export function dateFromIceName(name: string): { date: string; pm: boolean } | null {
  const m = /(\d{2})(\d{2})(\d{4})(am|pm)?\.xlsx$/i.exec(name);
  return m ? { date: `${m[3]}-${m[1]}-${m[2]}`, pm: m[4]?.toLowerCase() === 'pm' } : null;
}

export async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`download failed: ${url} answered ${res.status} ${res.statusText}`);
  return Buffer.from(await res.arrayBuffer());
}

export interface RefreshOptions {
  input: string;
  date?: string;
  sources?: string;
  out?: string;
  quiet?: boolean;
}

/** Returns the path the file was stored at (relative to the sources folder). */
export async function refresh(opts: RefreshOptions) {
  const sources = opts.sources ?? DEFAULT_SOURCES;
  const isUrl = /^https?:\/\//i.test(opts.input);
  const bytes = isUrl ? await fetchBytes(opts.input) : fs.readFileSync(opts.input);
  const originalName = isUrl ? decodeURIComponent(new URL(opts.input).pathname.split('/').pop() ?? '') : path.basename(opts.input);
  const fromName = dateFromIceName(originalName);
  const date = opts.date ?? fromName?.date;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new InputError({ file: originalName }, 'a date in the file name (MMDDYYYY) or --date YYYY-MM-DD', originalName);
  }
  const sheet = await readIceSheet(originalName, bytes);
  normalizeSheet(sheet, date, new Warnings()); // validate before anything is stored
  const name = `${sheet.kind}-${date}${fromName?.pm ? '-pm' : ''}.xlsx`;
  const target = path.join(sources, 'ice-287g', name);
  if (fs.existsSync(target)) {
    if (Buffer.compare(fs.readFileSync(target), bytes) === 0) return { stored: name, unchanged: true, result: null };
    throw new InputError({ file: name }, 'a snapshot date not already stored with different bytes', target);
  }
  fs.writeFileSync(target, bytes);
  try {
    const result = await runPipeline({ sources, out: opts.out, quiet: opts.quiet });
    return { stored: name, unchanged: false, result };
  } catch (err) {
    fs.rmSync(target); // keep sources consistent with the last good outputs
    throw err;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const input = args.filter((_, i) => i !== dateAt && i !== dateAt + 1)[0];
  if (!input) {
    process.stderr.write('usage: npm run refresh -- <file.xlsx | https://…/file.xlsx> [--date YYYY-MM-DD]\n');
    process.exit(2);
  }
  refresh({ input, date, out: path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data') })
    .then((r) => {
      process.stdout.write(r.unchanged ? `${r.stored} is already stored with the same bytes; nothing to do.\n` : `Stored ice-287g/${r.stored}. Add its provenance to data-pipeline/sources/ice-287g/SOURCES.md.\n`);
      if (r.result) printSummary(r.result);
    })
    .catch((err: unknown) => {
      process.stderr.write(`\nRefresh failed: ${(err as Error).message}\nNothing was stored or written.\n`);
      process.exit(1);
    });
}
