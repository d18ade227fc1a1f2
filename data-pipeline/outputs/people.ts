/** people-covered.json / .csv: residents of counties whose sheriff or county jail holds an agreement, by sheet. */
import { STATES_AND_DC } from '../schema/geo.ts';
import { PeopleCovered } from '../schema/people.ts';
import { COUNTY_POPULATION, readCountyPopulation } from '../steps/read-county-population.ts';
import { peopleFromChanges, PEOPLE_CSV_COLUMNS, peopleCsvRows } from '../steps/people-covered.ts';
import { json, setCsv, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function peopleFiles(ctx: RunContext, src: Sources, _agg: Aggregates, out: OutputFiles): void {
  const { state, collapsed, snapshots } = src;
  const snapshotDates = snapshots.map((s) => s.date);
  const people = validate(PeopleCovered, peopleFromChanges({
    changes: state.lists, latest: state.latest, dates: snapshotDates, agencies: collapsed.agencies, drawn: new Map(STATES_AND_DC.map((s) => [s.usps, s.fips])),
    population: readCountyPopulation(COUNTY_POPULATION.file, ctx.readInput(COUNTY_POPULATION.file, 'population')),
  }), 'people-covered.json');
  out.set('people-covered.json', json(people));
  setCsv(out, 'people-covered.csv', peopleCsvRows(people), PEOPLE_CSV_COLUMNS);
}
