/**
 * People covered: TX and FL against an independent sum over the raw files (the newest ICE sheet read by
 * tests/support/xlsx-recount.ts, the Census CSV split by hand), one test per rule, and the file checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { holdsCountyJurisdiction, peopleCovered } from '../../data-pipeline/steps/people-covered.ts';
import { readCountyPopulation } from '../../data-pipeline/steps/read-county-population.ts';
import type { PeopleCovered } from '../../data-pipeline/schema/people.ts';
import type { Agency } from '../../data-pipeline/schema/records.ts';
import { recountIceSheet } from '../support/xlsx-recount.ts';

const CENSUS = path.join(DEFAULT_SOURCES, 'census/co-est2024-alldata.csv');

/** state name (upper case) -> county name (lower case, "x county") -> residents, by splitting the CSV lines. */
function censusByName(): Map<string, Map<string, number>> {
  const lines = fs.readFileSync(CENSUS, 'latin1').trim().split(/\r?\n/);
  const head = lines[0]!.split(',');
  const [lev, st, ct, pop] = ['SUMLEV', 'STNAME', 'CTYNAME', 'POPESTIMATE2024'].map((c) => head.indexOf(c));
  const out = new Map<string, Map<string, number>>();
  for (const line of lines.slice(1)) {
    const f = line.split(','); // no quoted commas in this file's name columns for TX and FL
    if (f[lev!] !== '050') continue;
    const m = out.get(f[st!]!.toUpperCase()) ?? new Map<string, number>();
    m.set(f[ct!]!.toLowerCase(), Number(f[pop!]));
    out.set(f[st!]!.toUpperCase(), m);
  }
  return out;
}

/** Counties of sheriffs' offices in the newest raw sheet, from the COUNTY cell (else the agency name), summed once each. */
function rawSheriffSum(state: string): { people: number; counties: number } {
  const rows = recountIceSheet(fs.readFileSync(path.join(DEFAULT_SOURCES, 'ice-287g/participating-2026-05-18.xlsx')));
  const census = censusByName().get(state)!;
  const seen = new Set<string>();
  for (const r of rows) {
    if (String(r.STATE).trim().toUpperCase() !== state) continue;
    const name = String(r['LAW ENFORCEMENT AGENCY']).trim();
    const type = String(r.TYPE ?? '').trim().toLowerCase();
    if (!/sheriff/i.test(name) && !(type === 'county' && /\b(jails?|corrections?|correctional|detention)\b/i.test(name))) continue;
    let county = String(r.COUNTY ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (!census.has(county)) county = (/^(.+? county)\b/i.exec(name)?.[1] ?? '').toLowerCase();
    if (census.has(county)) seen.add(county);
  }
  return { people: [...seen].reduce((n, c) => n + census.get(c)!, 0), counties: seen.size };
}

describe('people covered on the real files', () => {
  let result: PipelineResult;
  let people: PeopleCovered;
  beforeAll(async () => {
    result = await runPipeline({ quiet: true });
    people = JSON.parse(String(result.files.get('people-covered.json')));
  }, 60_000);
  const latest = (usps: string) => ({ people: people.states[usps]!.people.at(-1), counties: people.states[usps]!.counties.at(-1) });

  it('Texas equals the independent sum over the raw sheet and Census file', () => expect(latest('TX')).toEqual(rawSheriffSum('TEXAS')));
  it('Florida equals the independent sum (every county: the whole state)', () => {
    expect(latest('FL')).toEqual(rawSheriffSum('FLORIDA'));
    expect(latest('FL').people).toBe(people.states.FL!.population);
  });
  it('the national figure is the sum of the states, out of 340,110,988 residents', () => {
    expect(people.national.population).toBe(340_110_988);
    expect(people.national.people.at(-1)).toBe(Object.values(people.states).reduce((n, s) => n + s.people.at(-1)!, 0));
  });
  it('change points: the first sheet, then only sheet dates where a figure changed, running to asOf; the CSV carries the same numbers', () => {
    const sheets = result.summary.snapshots.map((s) => s.date);
    expect(people.asOf).toBe(sheets.at(-1));
    expect(people.dates[0]).toBe(sheets[0]);
    expect(people.dates.every((d, i) => sheets.includes(d) && (i === 0 || d > people.dates[i - 1]!))).toBe(true);
    const all = [people.national, ...Object.values(people.states)];
    for (const x of all) expect([x.people.length, x.counties.length]).toEqual([people.dates.length, people.dates.length]);
    for (let i = 1; i < people.dates.length; i++) expect(all.some((x) => x.people[i] !== x.people[i - 1] || x.counties[i] !== x.counties[i - 1]), people.dates[i]).toBe(true);
    const csv = String(result.files.get('people-covered.csv')).split('\n');
    expect(csv[0]).toBe('sheet_date,state,residents_covered,residents,share,counties_covered');
    expect(csv).toContain(`${people.dates.at(-1)},TX,${latest('TX').people},${people.states.TX!.population},${Math.round((latest('TX').people! / people.states.TX!.population) * 10000) / 10000},${latest('TX').counties}`);
  });
  it('Connecticut: no county is counted (its Census rows are planning regions)', () => expect(people.states.CT!.people.every((n) => n === 0)).toBe(true));
});

describe('rules', () => {
  const a = (name: string, type: Agency['type']) => ({ name, type });
  it('a sheriff counts whatever ICE typed it (ICE typed a few as municipal)', () => {
    expect(holdsCountyJurisdiction(a("Harris County Sheriff's Office", 'county'))).toBe(true);
    expect(holdsCountyJurisdiction(a("Washington County Sheriff's Office", 'municipal'))).toBe(true);
  });
  it('a county jail or corrections agency counts; a city police department does not', () => {
    expect(holdsCountyJurisdiction(a('Oldham County Detention Center', 'county'))).toBe(true);
    expect(holdsCountyJurisdiction(a('Orange County Corrections Department', 'county'))).toBe(true);
    expect(holdsCountyJurisdiction(a('Melbourne Police Department', 'municipal'))).toBe(false);
    expect(holdsCountyJurisdiction(a('Nassau County Police Department', 'county'))).toBe(false);
  });
  it('a state agency is never a county (reported apart)', () => expect(holdsCountyJurisdiction(a('Florida Department of Corrections', 'state'))).toBe(false));

  const agency = (id: string, over: Partial<Agency>): Agency => ({
    id, name: "X County Sheriff's Office", state: 'TX', stateFips: '48', type: 'county', countyFips: '48201', countyName: 'Harris', countyMatch: 'county-column',
    activeModels: ['JEM'], firstSigned: null, active: true, moaUrls: [], ...over,
  });
  const population = readCountyPopulation('census/co-est2024-alldata.csv', fs.readFileSync(CENSUS));
  const run = (agencies: Agency[], drawn = new Map([['TX', '48'], ['CT', '09']])) =>
    peopleCovered({ rows: agencies.map((x) => ({ snapshot: '2026-05-18', agencyId: x.id })), dates: ['2026-05-18'], agencies, population, drawn });
  it('two agencies in one county count the county once', () => {
    const p = run([agency('a', {}), agency('b', { name: 'Harris County Detention', type: 'county' })]);
    expect(p.states.TX).toEqual({ population: population.states.get('48'), people: [population.counties.get('48201')], counties: [1] });
  });
  it('a Connecticut agency matched to an old county stops the build instead of vanishing', () => {
    expect(() => run([agency('c', { state: 'CT', stateFips: '09', countyFips: '09001' })])).toThrow(/co-est2024-alldata\.csv: expected a county row for .*CT, county 09001.*Connecticut has planning regions/);
  });
  it('an unmatched sheriff is listed, not guessed', () => {
    const p = run([agency('d', { countyFips: null, countyName: null, countyMatch: 'unmatched' })]);
    expect(p.unmatched).toEqual([{ id: 'd', name: "X County Sheriff's Office", state: 'TX' }]);
    expect(p.national.people).toEqual([0]);
  });
});

describe('the Census file is checked', () => {
  const bytes = fs.readFileSync(CENSUS);
  it('reads 3,144 counties and 51 state rows whose county sums match', () => {
    const p = readCountyPopulation('c.csv', bytes);
    expect([p.counties.size, p.states.size]).toEqual([3144, 51]);
  });
  it('a changed county figure breaks its state sum: the build stops', () => {
    const text = bytes.toString('latin1').replace(/^(050,3,7,48,201,Texas,Harris County,\d+,\d+,\d+,\d+,\d+,)(\d+)/m, (_m, pre: string, n: string) => `${pre}${Number(n) + 1}`);
    expect(text).not.toBe(bytes.toString('latin1'));
    expect(() => readCountyPopulation('c.csv', Buffer.from(text, 'latin1'))).toThrow(/c\.csv, column POPESTIMATE2024: expected state 48's counties to add up/);
  });
});
