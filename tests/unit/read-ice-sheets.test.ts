import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIceSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { InputError } from '../../data-pipeline/errors.ts';
import { HEADER_V4, row, utc, xlsxBytes } from '../support/fixtures.ts';
import { recountIceSheet } from '../support/xlsx-recount.ts';
import { ORACLE } from '../oracles/ice-sheets.ts';

const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');
const files = fs.readdirSync(ICE).filter((f) => f.endsWith('.xlsx')).sort();

describe('readIceSheet on every real ICE file', () => {
  it('finds all 42 spreadsheets', () => expect(files).toHaveLength(42));

  it('has a pinned row count for every file in sources (tests/oracles/ice-sheets.json)', () => {
    expect(files).toEqual(Object.keys(ORACLE.files).sort());
  });

  it.each(files)('%s: rows and kind equal the pinned table and a recount from the sheet XML (not read-excel-file)', async (f) => {
    const bytes = fs.readFileSync(path.join(ICE, f));
    const sheet = await readIceSheet(f, bytes);
    const recount = recountIceSheet(bytes);
    const pinned = ORACLE.files[f]!;
    expect(recount.length, 'independent recount vs pinned').toBe(pinned.rows);
    expect(sheet.rows.length, 'pipeline vs pinned').toBe(pinned.rows);
    expect(sheet.kind).toBe(pinned.kind);
    expect('SIGNED' in recount[0]! ? 'participating' : 'pending').toBe(pinned.kind);
  });

  it('tells a pending list published under the participating name by its header', async () => {
    const f = 'quirk-2025-09-22-pm-named-participating.xlsx';
    const sheet = await readIceSheet(f, fs.readFileSync(path.join(ICE, f)));
    expect(sheet.kind).toBe('pending');
    expect(sheet.columns).not.toContain('SIGNED');
  });

  it('reads only the data sheet of a file with a pivot-table sheet', async () => {
    const f = 'participating-2026-03-02.xlsx';
    const sheet = await readIceSheet(f, fs.readFileSync(path.join(ICE, f)));
    expect(sheet.sheet).toBe('Sheet1');
    expect(sheet.rows).toHaveLength(1499);
  });

  it('knows the five layouts', async () => {
    const cols = async (f: string) => (await readIceSheet(f, fs.readFileSync(path.join(ICE, f)))).columns.join(',');
    expect(await cols('participating-2025-01-19-wayback-derived.xlsx')).toBe('STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED,MOA');
    expect(await cols('participating-2025-02-21.xlsx')).toBe('STATE,LAW ENFORCEMENT AGENCY,TYPE,SUPPORT TYPE,SIGNED,MOA');
    expect(await cols('participating-2025-03-31.xlsx')).toBe('STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA');
    expect(await cols('participating-2026-05-18.xlsx')).toBe(HEADER_V4.join(','));
    expect(await cols('pending-2026-02-27.xlsx')).toBe('STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,MOA');
  });
});

describe('readIceSheet on malformed input', () => {
  const good = row('TEXAS', 'Harris County Sheriff\'s Office', 'County', 'Harris County', 'Jail Enforcement Model', utc(2025, 3, 1));

  it('rejects an unknown column with its letter', async () => {
    const bytes = await xlsxBytes([[...HEADER_V4, 'REGION'], [...good, 'x']]);
    await expect(readIceSheet('new-layout.xlsx', bytes)).rejects.toThrow(/new-layout\.xlsx, sheet "Sheet1", row 1, column I: expected a known column header.*"REGION"/);
  });

  it('rejects a missing required column', async () => {
    const bytes = await xlsxBytes([HEADER_V4.filter((h) => h !== 'SUPPORT TYPE'), good.filter((_, i) => i !== 4)]);
    await expect(readIceSheet('no-model.xlsx', bytes)).rejects.toThrow(/no-model\.xlsx, sheet "Sheet1", row 1: expected a "SUPPORT TYPE" column/);
  });

  it('rejects an empty sheet and a header-only sheet', async () => {
    await expect(readIceSheet('empty.xlsx', await xlsxBytes([[null]]))).rejects.toThrow(/empty\.xlsx.*expected a header row/);
    await expect(readIceSheet('header-only.xlsx', await xlsxBytes([HEADER_V4]))).rejects.toThrow(/header-only\.xlsx.*expected at least one data row/);
  });

  it('rejects a truncated file as an InputError naming the file', async () => {
    const bytes = await xlsxBytes([HEADER_V4, good]);
    const err = await readIceSheet('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as Error).message)).toMatch(/^truncated\.xlsx: expected a readable \.xlsx workbook/);
  });

  it('skips blank header cells and blank rows', async () => {
    const bytes = await xlsxBytes([[...HEADER_V4.slice(0, 4), null, ...HEADER_V4.slice(4)], [...good.slice(0, 4), null, ...good.slice(4)], [null, null], [...good.slice(0, 4), null, ...good.slice(4)]]);
    const sheet = await readIceSheet('blank.xlsx', bytes);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(sheet.rows[0]!.cells['SUPPORT TYPE']).toBe('Jail Enforcement Model');
  });
});
