/**
 * Synthetic daily ICE sheets for `npm run bench -- --growth N --distinct` and the tests: each day's
 * sheet is the real newest participating sheet less a window of 20 of its rows that slides by two
 * rows a day, so every sheet differs from the day before (two agreements end, two come back, the rows
 * below the window move up) the way ICE's daily lists do. Real rows only, written as .xlsx by
 * write-excel-file. Writing a sheet takes ~50 ms, so a generated set is kept in the system's temp
 * folder, named after the newest sheet's sha256 and the day, and reused by later runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { readIceSheet, type RawSheet } from '../data-pipeline/steps/read-ice-sheets.ts';
import { sha256 } from '../data-pipeline/run-context.ts';

const WINDOW = 20;
const STEP = 2;
const DAY = 86_400_000;

/** The sheet's cells written as .xlsx (dates as dates, as ICE writes them). */
export async function writeSheet(parsed: RawSheet, rows: RawSheet['rows']): Promise<Buffer> {
  const cell = (v: unknown) => (v instanceof Date ? { value: v, type: Date, format: 'mm/dd/yyyy' } : v === null || v === undefined ? null : { value: v });
  const data = [parsed.columns.map((c) => ({ value: c })), ...rows.map((r) => parsed.columns.map((c) => cell(r.cells[c])))];
  return (await writeExcelFile(data as never).toBuffer()) as Buffer;
}

export const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The rows of day `i` (1-based): all of the newest sheet's rows but a window that starts STEP rows further each day. */
export function dayRows(rows: RawSheet['rows'], i: number): RawSheet['rows'] {
  const start = (i * STEP) % rows.length;
  const out = new Set(Array.from({ length: WINDOW }, (_, k) => (start + k) % rows.length));
  return rows.filter((_, j) => !out.has(j));
}

/**
 * Day `i`'s sheet for i = 1..n (file name -> bytes), from the temp-folder set when it has it.
 * `newest` is the newest participating sheet's name and bytes; its date starts the count.
 */
export async function distinctSheets(newest: { file: string; bytes: Buffer }, n: number, log = (_s: string) => {}): Promise<Array<{ name: string; file: string }>> {
  const date = /(\d{4}-\d{2}-\d{2})/.exec(newest.file)![1]!;
  const dir = path.join(os.tmpdir(), `cd-growth-distinct-${sha256(newest.bytes).slice(0, 12)}-w${WINDOW}s${STEP}`);
  fs.mkdirSync(dir, { recursive: true });
  let parsed: RawSheet | undefined;
  const out: Array<{ name: string; file: string }> = [];
  const t = performance.now();
  let made = 0;
  for (let i = 1; i <= n; i++) {
    const name = `participating-${dayAfter(date, i)}.xlsx`;
    const file = path.join(dir, `${i}.xlsx`);
    if (!fs.existsSync(file)) {
      parsed ??= await readIceSheet(newest.file, newest.bytes);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, await writeSheet(parsed, dayRows(parsed.rows, i)));
      fs.renameSync(tmp, file);
      made++;
    }
    out.push({ name, file });
  }
  if (made > 0) log(`generated ${made} distinct sheets in ${((performance.now() - t) / 1000).toFixed(1)} s (kept in ${dir})`);
  return out;
}
