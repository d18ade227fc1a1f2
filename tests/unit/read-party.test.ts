/**
 * The party-control table: the real file passes with the published totals, each kind of bad input stops
 * with file, row and column (and a failed run writes nothing), and the cross-table is computed from the
 * two inputs (a changed stance or party moves a state to another cell).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse, csvFormat } from 'd3-dsv';
import { DEFAULT_SOURCES, runPipeline } from '../../data-pipeline/build.ts';
import { PARTY_MAX_BYTES, PARTY_SOURCE, readParty } from '../../data-pipeline/steps/read-party.ts';
import { buildPartyData, crossTable, governorPartyOn } from '../../data-pipeline/steps/party-table.ts';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';
import { STANCES, type Stance } from '../../data-pipeline/schema/policy.ts';
import { HEADER_V4, makeSources, row, tempDir, utc } from '../support/fixtures.ts';

const FILE = PARTY_SOURCE.file;
const raw = fs.readFileSync(path.join(DEFAULT_SOURCES, FILE), 'utf8');
const records = csvParse(raw);
const bytes = (text: string) => new TextEncoder().encode(text);
/** The real CSV with one cell changed (by state and column), written back as CSV. */
const edited = (usps: string, column: string, value: string) =>
  csvFormat(records.map((r) => (r.state === usps ? { ...r, [column]: value } : r)), records.columns);
const rowOf = (usps: string) => records.findIndex((r) => r.state === usps) + 2;
const read = (text: string) => readParty(FILE, bytes(text));
const stancesFromPolicy = () => new Map(STATES_AND_DC.map((s, i) => [s.usps, STANCES[i % STANCES.length]!] as [string, Stance]));

describe('the real party table', () => {
  const rows = read(raw);
  type Row = typeof rows extends Map<string, infer R> ? R : never;
  const count = (f: (r: Row) => boolean) => [...rows.values()].filter(f).length;
  it('has every state and DC once', () => {
    expect([...rows.keys()].sort()).toEqual(STATES_AND_DC.map((s) => s.usps).sort());
    expect(records.length).toBe(51);
  });
  it('matches the totals its SOURCES note publishes (Ballotpedia 23 R / 16 D / 11 divided; governors 26/24, 27/23, 27/23)', () => {
    expect([count((r) => r.trifecta_2026 === 'republican'), count((r) => r.trifecta_2026 === 'democratic'), count((r) => r.trifecta_2026 === 'divided')]).toEqual([23, 16, 11]);
    expect(count((r) => r.state !== 'DC' && r.governor_party_2026 === 'republican')).toBe(26);
    expect(count((r) => r.state !== 'DC' && r.governor_party_2026 === 'democratic')).toBe(24);
    expect(count((r) => r.state !== 'DC' && r.governor_party_2025_01 === 'republican')).toBe(27);
    expect(count((r) => r.state !== 'DC' && r.governor_party_2019_01 === 'republican')).toBe(27);
  });
  it('carries the compile date of its SOURCES note', () => {
    const note = fs.readFileSync(path.join(DEFAULT_SOURCES, 'politics/SOURCES.md'), 'utf8');
    expect(note).toContain(`compiled ${PARTY_SOURCE.compiled}`);
    expect(note).toContain(`as of ${PARTY_SOURCE.totalsAsOf}`);
  });
});

describe('bad party input stops with file, row and column', () => {
  const cases: Array<[string, () => string | Uint8Array, RegExp]> = [
    ['too large', () => new Uint8Array(PARTY_MAX_BYTES + 1), /^politics\/state-party-control-2026\.csv: expected at most 262144 bytes; found "262145 bytes"/],
    ['unknown column', () => raw.replace('notes,', 'note,'), /, row 1, column note: expected only the columns state, /],
    ['missing column', () => csvFormat(records, records.columns.filter((c) => c !== 'house_2026')), /, row 1, column house_2026: expected this column in the header/],
    ['party outside the vocabulary', () => edited('TX', 'governor_party_2026', 'Whig'), new RegExp(`row ${rowOf('TX')}, column governor_party_2026: expected one of: Republican, Democratic; found "Whig"`)],
    ['a javascript: source', () => edited('CA', 'source_urls', 'javascript:alert(1)'), new RegExp(`row ${rowOf('CA')}, column source_urls: expected must`)],
    ['no source', () => edited('CA', 'source_urls', ''), new RegExp(`row ${rowOf('CA')}, column source_urls: expected at least one source URL`)],
    ['a state twice', () => edited('TX', 'state', 'CA'), new RegExp(`row ${Math.max(rowOf('TX'), rowOf('CA'))}, column state: expected each state once; found "CA again"`)],
    ['a state missing', () => csvFormat(records.filter((r) => r.state !== 'WY'), records.columns), /: expected a row for every state and DC; found "no row for WY"/],
    ['a trifecta its row contradicts', () => edited('AZ', 'trifecta_2026', 'Republican trifecta'), new RegExp(`row ${rowOf('AZ')}, column trifecta_2026: expected the governor's party \\(democratic\\) in a trifecta`)],
    ['a unified state called divided', () => edited('TX', 'trifecta_2026', 'divided'), new RegExp(`row ${rowOf('TX')}, column trifecta_2026: expected a trifecta`)],
    ['a territory', () => edited('WY', 'state', 'PR'), /column state: expected a state or DC; found "PR"/],
  ];
  it.each(cases)('%s', (_name, make, message) => {
    const input = make();
    expect(() => readParty(FILE, typeof input === 'string' ? bytes(input) : input)).toThrow(message);
  });

  it('a bad party table stops the pipeline and leaves the previous outputs', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24))] });
    fs.writeFileSync(path.join(sources, FILE), edited('TX', 'house_2026', 'Whig'));
    const out = path.join(tempDir('cd-out-'), 'data');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'summary.json'), '{"previous":true}');
    await expect(runPipeline({ sources, out, quiet: true })).rejects.toThrow(new RegExp(`row ${rowOf('TX')}, column house_2026`));
    expect(fs.readdirSync(out)).toEqual(['summary.json']);
  });
});

describe('the cross-table is computed from both inputs', () => {
  const rows = read(raw);
  const stances = stancesFromPolicy();
  const cellOf = (table: ReturnType<typeof crossTable>, usps: string) =>
    Object.entries(table).flatMap(([st, byC]) => Object.entries(byC).filter(([, list]) => list.includes(usps)).map(([c]) => `${st}/${c}`));
  it('puts every state and DC in exactly one cell', () => {
    const all = Object.values(crossTable(rows, stances)).flatMap((byC) => Object.values(byC).flat());
    expect(all.sort()).toEqual(STATES_AND_DC.map((s) => s.usps).sort());
  });
  it('moves a state when its stance changes', () => {
    const before = cellOf(crossTable(rows, stances), 'TX');
    const changed = new Map(stances).set('TX', 'prohibit');
    expect(cellOf(crossTable(rows, changed), 'TX')).toEqual(['prohibit/republican']);
    expect(before).not.toEqual(['prohibit/republican']);
  });
  it('moves a state when its party control changes', () => {
    const flipped = read(edited('TX', 'governor_party_2026', 'Democratic').replace(/^TX,(.*?),Republican trifecta,/m, 'TX,$1,divided,'));
    expect(cellOf(crossTable(flipped, stances), 'TX')).toEqual([`${stances.get('TX')}/divided`]);
  });
  it('drops the editors\' notes from every output', () => {
    const data = buildPartyData({ rows, stances, measures: new Map(), source: { compiled: '2026-11-30', totalsAsOf: '2026-02-15', coversTo: '2026-11-30' } });
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/not checked|source I saw|stored sources/);
    expect(data.totals).toEqual({ republican: 23, democratic: 16, divided: 11, none: 1 });
  });
});

describe("the governor's party on a measure's date", () => {
  const rows = read(raw);
  const on = (usps: string, date: string) => governorPartyOn(rows.get(usps)!, date, PARTY_SOURCE.coversTo);
  it('uses the column that covers the date', () => {
    expect(on('KY', '2019-06-01')).toEqual({ party: 'republican', basis: '2019' });
    expect(on('KY', '2025-06-01')).toEqual({ party: 'democratic', basis: '2025' });
    expect(on('VA', '2025-02-27')).toEqual({ party: 'republican', basis: '2025' });
    expect(on('VA', '2026-02-04')).toEqual({ party: 'democratic', basis: '2026' });
    expect(on('TX', '2026-01-01')).toEqual({ party: 'republican', basis: '2025-2026' });
  });
  it('gives nothing where the table does not say', () => {
    expect(on('VA', '2026-01-10')).toBeNull(); // a new governor of the other party in January 2026
    expect(on('KY', '2019-12-20')).toBeNull(); // December: governors take office then
    expect(on('FL', '2022-06-17')).toBeNull(); // between the columns
    expect(on('AK', '2026-12-05')).toBeNull(); // after the table's end
    expect(on('WV', '2025-01-30')).toBeNull(); // before the 2025 column's date
  });
});
