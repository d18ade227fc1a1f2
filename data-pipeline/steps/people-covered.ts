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

/** How one sheet's list of agencies differs from the sheet before's (the first sheet adds all of its own). */
export interface ListChange {
  add: string[];
  remove: string[];
}

export interface PeopleInput {
  rows: ReadonlyArray<{ snapshot: string; agencyId: string }>;
  dates: string[];
  agencies: Agency[];
  population: CountyPopulation;
  /** The 50 states + DC: USPS -> FIPS. */
  drawn: Map<string, string>;
  /** A sheet date -> the date whose rows stand for it; rows are given only for those. */
  sameAs?: (date: string) => string;
}

/** Each date's list change from rows (the first appearance of an agency in a sheet keeps its order). */
export function listChanges(rows: PeopleInput['rows'], dates: string[], sameAs: (date: string) => string = (d) => d): { changes: ListChange[]; latest: string[] } {
  const listed = new Map<string, Set<string>>(dates.map((d) => [sameAs(d), new Set()]));
  for (const r of rows) listed.get(r.snapshot)?.add(r.agencyId);
  let before = new Set<string>();
  const changes = dates.map((d) => {
    const now = listed.get(sameAs(d))!;
    const change = { add: [...now].filter((id) => !before.has(id)), remove: [...before].filter((id) => !now.has(id)) };
    before = now;
    return change;
  });
  return { changes, latest: [...before] };
}

export function peopleCovered({ rows, dates, sameAs, ...rest }: PeopleInput): PeopleCovered {
  return peopleFromChanges({ ...listChanges(rows, dates, sameAs), dates, ...rest });
}

/**
 * The figures from each date's list change (`changes`, one per date) and the newest sheet's agencies
 * in row order (`latest`): a county counts while at least one listed agency holds it, so each sheet
 * costs only its changes, not its whole list.
 */
export function peopleFromChanges({ changes, latest: latestIds, dates, agencies, population, drawn }: Omit<PeopleInput, 'rows' | 'sameAs'> & { changes: ListChange[]; latest: string[] }): PeopleCovered {
  const byId = new Map(agencies.map((a) => [a.id, a]));
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
  // state|county FIPS -> listed agencies holding it (two agencies in one county count the county once)
  const holders = new Map<string, number>();
  const now = new Map([...drawn.keys()].map((u) => [u, { people: 0, counties: 0 }]));
  const apply = (id: string, by: 1 | -1) => {
    const a = byId.get(id);
    if (!a || !a.countyFips || !drawn.has(a.state) || !holdsCountyJurisdiction(a)) return;
    const key = `${a.state}|${a.countyFips}`;
    const n = (holders.get(key) ?? 0) + by;
    holders.set(key, n);
    const st = now.get(a.state)!;
    if (by === 1 && n === 1) [st.people, st.counties] = [st.people + popOf(a), st.counties + 1];
    if (by === -1 && n === 0) [st.people, st.counties] = [st.people - popOf(a), st.counties - 1];
  };
  dates.forEach((_d, i) => {
    for (const id of changes[i]!.remove) apply(id, -1);
    for (const id of changes[i]!.add) apply(id, 1);
    let people = 0;
    let counties = 0;
    for (const [usps, f] of now) {
      states[usps]!.people.push(f.people);
      states[usps]!.counties.push(f.counties);
      people += f.people;
      counties += f.counties;
    }
    national.people.push(people);
    national.counties.push(counties);
  });
  const current = latestIds.map((id) => byId.get(id)!).filter((a) => a && drawn.has(a.state));
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
