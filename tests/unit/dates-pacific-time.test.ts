/**
 * Dates are calendar days, never instants: the same sheet read on a machine in California must give
 * the same SIGNED days and the same printed dates as in UTC (CI runs in UTC, so a local-time slip
 * would pass every other test). This file runs with the process time zone set to Los Angeles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { readIceSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { normalizeSheet, parseSigned } from '../../data-pipeline/steps/normalize-agreements.ts';
import { Warnings } from '../../data-pipeline/errors.ts';
import { fmtDate } from '@lib/intl-format.ts';
import { recountIceSheet } from '../support/xlsx-recount.ts';
import { serialDay } from '../oracles/ice-recount.ts';

const before = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

describe('dates under TZ=America/Los_Angeles', () => {
  it('the time zone really is Pacific (positive control)', () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(480);
    expect(new Date(Date.UTC(2026, 4, 18)).getDate()).toBe(17); // local time would slip a day
  });

  it('every SIGNED day of the newest sheet equals the Excel serial day counted in the sheet XML', async () => {
    const file = 'participating-2026-05-18.xlsx';
    const bytes = fs.readFileSync(path.join(DEFAULT_SOURCES, 'ice-287g', file));
    const rows = normalizeSheet(await readIceSheet(file, bytes), '2026-05-18', new Warnings());
    const want = recountIceSheet(bytes).map((r) => (typeof r.SIGNED === 'number' ? serialDay(r.SIGNED) : null));
    expect(want.filter(Boolean).length).toBeGreaterThan(1800);
    expect(rows.map((r) => r.signed)).toEqual(want);
  });

  it('parses dates and text dates to the same day, and prints ISO days unchanged', () => {
    expect(parseSigned(new Date(Date.UTC(2025, 2, 1)))).toEqual({ date: '2025-03-01', text: false });
    expect(parseSigned(45658)).toEqual({ date: '2025-01-01', text: false });
    expect(parseSigned('05/082025')).toEqual({ date: '2025-05-08', text: true });
    expect(fmtDate('en', '2026-05-18')).toBe('May 18, 2026');
    expect(fmtDate('es', '2026-01-01')).toBe('1 de enero de 2026');
  });
});
