/**
 * Builds a throw-away sources folder for pipeline tests: the real policy table, population and
 * county fixes, plus spreadsheets written here from rows (so malformed inputs stay readable in code).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';

export type Cell = string | number | Date | null;

export const HEADER_V4 = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM'];

export function row(state: string, agency: string, type: string, county: string | null, model: string, signed: Cell): Cell[] {
  return [state, agency, type, county, model, signed, 'link', null];
}

export async function xlsxBytes(rows: Cell[][]): Promise<Buffer> {
  const data = rows.map((r) =>
    r.map((v) => (v instanceof Date ? { value: v, type: Date, format: 'mm/dd/yyyy' } : v === null ? null : { value: v })),
  );
  return (await writeExcelFile(data as never).toBuffer()) as Buffer;
}

export function tempDir(prefix = 'cd-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A sources folder with real non-ICE inputs and the given sheets (file name -> rows or raw bytes). */
export async function makeSources(sheets: Record<string, Cell[][] | Buffer>, opts: { policy?: string } = {}): Promise<string> {
  const dir = tempDir('cd-sources-');
  fs.mkdirSync(path.join(dir, 'ice-287g'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'policy'));
  fs.mkdirSync(path.join(dir, 'census'));
  fs.copyFileSync(path.join(DEFAULT_SOURCES, 'ice-287g/county-name-fixes.deportationdata.csv'), path.join(dir, 'ice-287g/county-name-fixes.deportationdata.csv'));
  fs.copyFileSync(path.join(DEFAULT_SOURCES, 'census/state-population.csv'), path.join(dir, 'census/state-population.csv'));
  fs.copyFileSync(path.join(DEFAULT_SOURCES, 'census/co-est2024-alldata.csv'), path.join(dir, 'census/co-est2024-alldata.csv'));
  for (const rel of Object.values(POLICY)) fs.copyFileSync(path.join(DEFAULT_SOURCES, rel), path.join(dir, rel));
  fs.cpSync(path.join(DEFAULT_SOURCES, 'politics'), path.join(dir, 'politics'), { recursive: true });
  if (opts.policy !== undefined) fs.writeFileSync(path.join(dir, POLICY.table), opts.policy);
  for (const [name, rows] of Object.entries(sheets)) {
    fs.writeFileSync(path.join(dir, 'ice-287g', name), Buffer.isBuffer(rows) ? rows : await xlsxBytes(rows));
  }
  return dir;
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
