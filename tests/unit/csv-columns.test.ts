/**
 * data-pipeline/steps/csv-columns.ts: the download headers in both languages, and each column holding
 * the field its header names (checked on the real downloads by relations between columns).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { AGENCY_COLUMNS, AGREEMENT_COLUMNS, PENDING_COLUMNS, csvPath, type Column } from '../../data-pipeline/steps/csv-columns.ts';
import { byFips } from '../../data-pipeline/schema/geo.ts';
import { AGENCY_TYPES, type Summary } from '../../data-pipeline/schema/records.ts';
import { collapseAgreements } from '../../data-pipeline/steps/collapse-agreements.ts';
import { buildCountyIndex } from '../../data-pipeline/steps/match-counties.ts';
import type { NormalizedRow } from '../../data-pipeline/steps/normalize-agreements.ts';
import { toCsv } from '../../data-pipeline/steps/format-csv.ts';
import { Warnings } from '../../data-pipeline/errors.ts';

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

/** What each agreement row must satisfy if every column holds the field its header names. */
function agreementProblems(r: Record<string, string | undefined>, latest: string): string[] {
  const bad: string[] = [];
  const ok = (cond: boolean, what: string) => cond || bad.push(`${r.agreement_id}: ${what}`);
  ok(r.agreement_id === `${r.agency_id}--${r.model?.toLowerCase()}`, 'agreement_id is agency_id--model');
  ok(byFips.get(r.state_fips!)?.usps === r.state, 'state_fips is the state');
  ok(['JEM', 'WSO', 'TFM'].includes(r.model!), 'model');
  ok(r.signed === '' || ISO.test(r.signed!), 'signed is a date');
  ok(r.county_fips === '' || r.county_fips!.startsWith(r.state_fips!), 'county_fips in the state');
  ok(ISO.test(r.first_seen!) && r.first_seen! <= r.last_seen!, 'first_seen <= last_seen');
  ok(r.active === String(r.last_seen === latest), 'active = seen on the newest sheet');
  ok(!ISO.test(r.agency_name!) && r.agency_name !== r.agency_id, 'agency_name is a name');
  ok((AGENCY_TYPES as readonly string[]).includes(r.agency_type!), 'agency_type');
  return bad;
}

describe('each column holds its field', () => {
  it('agreements.csv as written', () => {
    const rows = csvParse(read('agreements.csv'));
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.flatMap((r) => agreementProblems(r, asOf))).toEqual([]);
  });

  it('agreements made by the pipeline step, written through AGREEMENT_COLUMNS', () => {
    // Distinct values in every field, so a column pointing at the wrong field breaks a relation.
    const base = { file: 'f.xlsx', row: 1, state: 'TX', stateFips: '48', agencyName: 'Harris County Sheriff', agencyType: 'county' as const, countyText: 'Harris' };
    const rows: NormalizedRow[] = [
      { ...base, snapshot: '2025-01-10', agencyId: 'tx-harris', model: 'JEM', signed: '2019-04-01' },
      { ...base, snapshot: '2025-03-01', agencyId: 'tx-harris', model: 'JEM', signed: '2019-04-01' },
      { ...base, snapshot: '2025-03-01', agencyId: 'tx-harris', model: 'TFM', signed: '2025-02-11' },
    ];
    const index = buildCountyIndex([{ id: '48201', properties: { name: 'Harris' } }]);
    const { agreements, agencies } = collapseAgreements(rows, '2025-05-02', index, new Map(), new Warnings());
    const csv = csvParse(toCsv(agreements, AGREEMENT_COLUMNS, AGREEMENT_COLUMNS.map((c) => c.en)));
    expect(csv.flatMap((r) => agreementProblems(r, '2025-05-02'))).toEqual([]);
    expect(csv.map((r) => [r.agreement_id, r.signed, r.county_name, r.first_seen, r.last_seen])).toEqual([
      ['tx-harris--jem', '2019-04-01', 'Harris', '2025-01-10', '2025-03-01'],
      ['tx-harris--tfm', '2025-02-11', 'Harris', '2025-03-01', '2025-03-01'],
    ]);
    const ag = csvParse(toCsv(agencies, AGENCY_COLUMNS, AGENCY_COLUMNS.map((c) => c.en)))[0]!;
    expect([ag.agency_id, ag.agency_name, ag.county_fips, ag.county_match, ag.first_signed, ag.active]).toEqual(['tx-harris', 'Harris County Sheriff', '48201', 'county-column', '2019-04-01', 'false']);
  });

  it('agencies.csv', () => {
    const bad = csvParse(read('agencies.csv')).filter((r) =>
      byFips.get(r.state_fips!)?.usps !== r.state || r.active !== String(r.active_models !== '') ||
      !['county-column', 'agency-name', 'statewide', 'unmatched'].includes(r.county_match!) ||
      (r.county_fips === '') !== (r.county_match === 'statewide' || r.county_match === 'unmatched') ||
      !(r.first_signed === '' || ISO.test(r.first_signed!)));
    expect(bad).toEqual([]);
  });

  it('pending.csv', () => {
    const bad = csvParse(read('pending.csv')).filter((r) => !ISO.test(r.list_date!) || !/^[A-Z]{2}$/.test(r.state!) || !['JEM', 'WSO', 'TFM'].includes(r.model!));
    expect(bad).toEqual([]);
  });
});
