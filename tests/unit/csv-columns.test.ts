/**
 * data-pipeline/steps/csv-columns.ts: the download headers in both languages, and each column holding
 * the field its header names (checked on the real downloads by relations between columns).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { AGENCY_COLUMNS, AGREEMENT_COLUMNS, PENDING_COLUMNS, csvPath, type Column } from '../../data-pipeline/steps/csv-columns.ts';
import { byFips } from '../../data-pipeline/schema/geo.ts';
import type { Summary } from '../../data-pipeline/schema/records.ts';

const read = (rel: string) => fs.readFileSync(`public/data/${rel}`, 'utf8');
const asOf = (JSON.parse(read('summary.json')) as Summary).asOf;
const TABLES: Array<[string, Column<never>[]]> = [
  ['agreements.csv', AGREEMENT_COLUMNS as Column<never>[]], ['agencies.csv', AGENCY_COLUMNS as Column<never>[]], ['pending.csv', PENDING_COLUMNS as Column<never>[]],
];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('headers', () => {
  it('are unique snake_case ASCII in each language, with one field per column', () => {
    for (const [, cols] of TABLES) {
      for (const lang of ['en', 'es'] as const) {
        const names = cols.map((c) => c[lang]);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).toMatch(/^[a-z]+(_[a-z]+)*$/);
      }
      expect(new Set(cols.map((c) => c.key)).size).toBe(cols.length);
    }
  });

  it('are the header rows of the English and Spanish downloads, whose data rows are identical', () => {
    for (const [rel, cols] of TABLES) {
      const [enHead, ...enRows] = read(csvPath(rel, 'en')).split('\n');
      const [esHead, ...esRows] = read(csvPath(rel, 'es')).split('\n');
      expect(enHead).toBe(cols.map((c) => c.en).join(','));
      expect(esHead).toBe(cols.map((c) => c.es).join(','));
      expect(esRows).toEqual(enRows);
    }
    expect(csvPath('agreements.csv', 'es')).toBe('es/agreements.csv');
    expect(csvPath('agreements.csv', 'en')).toBe('agreements.csv');
  });
});

describe('each column holds its field', () => {
  it('agreements.csv', () => {
    const rows = csvParse(read('agreements.csv'));
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) {
      expect(r.agreement_id).toBe(`${r.agency_id}--${r.model!.toLowerCase()}`);
      expect(byFips.get(r.state_fips!)?.usps).toBe(r.state);
      expect(['JEM', 'WSO', 'TFM']).toContain(r.model);
      expect(r.signed === '' || ISO.test(r.signed!)).toBe(true);
      expect(r.county_fips === '' || r.county_fips!.startsWith(r.state_fips!)).toBe(true);
      expect(ISO.test(r.first_seen!) && r.first_seen! <= r.last_seen!).toBe(true);
      expect(r.active).toBe(String(r.last_seen === asOf));
      expect(r.agency_name).not.toMatch(ISO);
    }
  });

  it('agencies.csv', () => {
    const rows = csvParse(read('agencies.csv'));
    for (const r of rows) {
      expect(byFips.get(r.state_fips!)?.usps).toBe(r.state);
      expect(r.active).toBe(String(r.active_models !== ''));
      expect(['county-column', 'agency-name', 'statewide', 'unmatched']).toContain(r.county_match);
      expect(r.county_fips === '').toBe(r.county_match === 'statewide' || r.county_match === 'unmatched');
      expect(r.first_signed === '' || ISO.test(r.first_signed!)).toBe(true);
    }
  });

  it('pending.csv', () => {
    for (const r of csvParse(read('pending.csv'))) {
      expect(r.list_date).toMatch(ISO);
      expect(r.state).toMatch(/^[A-Z]{2}$/);
      expect(['JEM', 'WSO', 'TFM']).toContain(r.model);
    }
  });
});
