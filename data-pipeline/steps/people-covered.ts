/**
 * People covered: at each sheet date, the residents of the counties whose sheriff or county jail
 * authority holds an active agreement. A city police agreement covers a city, not its county, and is
 * not counted; state agencies are counted apart (no county). An agency counts for the one county it is
 * matched to (steps/match-counties.ts); one with no match is listed, not guessed.
 */
import type { Agency } from '../schema/records.ts';
import type { PeopleCovered } from '../schema/people.ts';
import { InputError } from '../errors.ts';
import type { Column } from './csv-columns.ts';
import { COUNTY_POPULATION, type CountyPopulation } from './read-county-population.ts';
import { changeIndices } from './change-points.ts';

/** A sheriff's office of any ICE type (ICE typed a few as municipal), or a county-typed jail or corrections agency. */
const SHERIFF = /\bsheriff/i;
const COUNTY_JAIL = /\b(jails?|corrections?|correctional|detention)\b/i;

export function holdsCountyJurisdiction(a: Pick<Agency, 'type' | 'name'>): boolean {
  if (a.type === 'state') return false;
  return SHERIFF.test(a.name) || (a.type === 'county' && COUNTY_JAIL.test(a.name));
}

export interface PeopleInput {
  rows: ReadonlyArray<{ snapshot: string; agencyId: string }>;
  dates: string[];
  agencies: Agency[];
  population: CountyPopulation;
  /** The 50 states + DC: USPS -> FIPS. */
  drawn: Map<string, string>;
  /** A sheet date -> the date whose rows stand for it (steps/sheet-runs.ts); rows are given only for those. */
  sameAs?: (date: string) => string;
}

export function peopleCovered({ rows, dates, agencies, population, drawn, sameAs = (d) => d }: PeopleInput): PeopleCovered {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const listed = new Map<string, Set<string>>(dates.map((d) => [sameAs(d), new Set()]));
  for (const r of rows) listed.get(r.snapshot)?.add(r.agencyId);
  const popOf = (a: Agency) => {
    const pop = population.counties.get(a.countyFips!);
    // Connecticut's Census rows are planning regions, so a CT county never matches: stop rather than drop it.
    if (pop === undefined) {
      throw new InputError({ file: COUNTY_POPULATION.file }, `a county row for ${a.name} (${a.state}, county ${a.countyFips}); Connecticut has planning regions in this file, see README "People covered"`);
    }
    return pop;
  };
  const states: PeopleCovered['states'] = {};
  for (const [usps, fips] of drawn) states[usps] = { population: population.states.get(fips) ?? 0, people: [], counties: [] };
  const national = { population: [...drawn.values()].reduce((n, f) => n + (population.states.get(f) ?? 0), 0), people: [] as number[], counties: [] as number[] };
  // Figures per distinct list of agencies: a sheet standing for others (sameAs) is worked out once.
  const figures = new Map<string, { people: number[]; counties: number[] }>();
  const figuresOf = (d: string) => {
    const known = figures.get(sameAs(d));
    if (known) return known;
    // state -> county FIPS -> one agency holding it (two agencies in one county count the county once)
    const covered = new Map<string, Map<string, Agency>>();
    for (const id of listed.get(sameAs(d))!) {
      const a = byId.get(id);
      if (!a || !a.countyFips || !drawn.has(a.state) || !holdsCountyJurisdiction(a)) continue;
      const inState = covered.get(a.state) ?? new Map<string, Agency>();
      inState.set(a.countyFips, a);
      covered.set(a.state, inState);
    }
    const out = { people: [] as number[], counties: [] as number[] };
    for (const usps of drawn.keys()) {
      const held = [...(covered.get(usps)?.values() ?? [])];
      out.people.push(held.reduce((sum, a) => sum + popOf(a), 0));
      out.counties.push(held.length);
    }
    figures.set(sameAs(d), out);
    return out;
  };
  const codes = [...drawn.keys()];
  for (const d of dates) {
    const f = figuresOf(d);
    let people = 0;
    let counties = 0;
    codes.forEach((usps, i) => {
      states[usps]!.people.push(f.people[i]!);
      states[usps]!.counties.push(f.counties[i]!);
      people += f.people[i]!;
      counties += f.counties[i]!;
    });
    national.people.push(people);
    national.counties.push(counties);
  }
  const latest = listed.get(sameAs(dates.at(-1)!)) ?? new Set<string>();
  const current = [...latest].map((id) => byId.get(id)!).filter((a) => a && drawn.has(a.state));
  const stateAgencies: Record<string, number> = Object.fromEntries([...drawn.keys()].map((u) => [u, 0]));
  for (const a of current) if (a.type === 'state') stateAgencies[a.state]!++;
  const unmatched = current.filter((a) => !a.countyFips && a.countyMatch !== 'statewide' && holdsCountyJurisdiction(a)).map((a) => ({ id: a.id, name: a.name, state: a.state }));
  // Change points (steps/change-points.ts): a sheet date stays only where some figure differs from the sheet before.
  const all = [national, ...Object.values(states)];
  const keep = changeIndices(dates.length, (i) => all.some((x) => x.people[i] !== x.people[i - 1] || x.counties[i] !== x.counties[i - 1]));
  for (const x of all) [x.people, x.counties] = [keep.map((i) => x.people[i]!), keep.map((i) => x.counties[i]!)];
  return {
    source: { file: COUNTY_POPULATION.file, column: COUNTY_POPULATION.column, date: COUNTY_POPULATION.date },
    asOf: dates.at(-1)!,
    dates: keep.map((i) => dates[i]!),
    national, states, stateAgencies, unmatched,
  };
}

export interface PeopleCsvRow { date: string; state: string; people: number; population: number; share: number; counties: number }

/** One row per date of people-covered.json (a sheet where a figure changed) and state, then the national row ("US") for that date. */
export function peopleCsvRows(p: PeopleCovered): PeopleCsvRow[] {
  const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 10000) / 10000 : 0);
  return p.dates.flatMap((date, i) => [
    ...Object.entries(p.states).map(([state, s]) => ({ date, state, people: s.people[i]!, population: s.population, share: share(s.people[i]!, s.population), counties: s.counties[i]! })),
    { date, state: 'US', people: p.national.people[i]!, population: p.national.population, share: share(p.national.people[i]!, p.national.population), counties: p.national.counties[i]! },
  ]);
}

export const PEOPLE_CSV_COLUMNS: Column<PeopleCsvRow>[] = [
  { en: 'sheet_date', es: 'fecha_hoja', key: 'date' },
  { en: 'state', es: 'estado', key: 'state' },
  { en: 'residents_covered', es: 'residentes_cubiertos', key: 'people' },
  { en: 'residents', es: 'residentes', key: 'population' },
  { en: 'share', es: 'proporcion', key: 'share' },
  { en: 'counties_covered', es: 'condados_cubiertos', key: 'counties' },
];
