/**
 * people-covered.json: residents of counties whose sheriff (or county jail authority) holds an active
 * 287(g) agreement, at each ICE sheet date, nationally and per state (50 states + DC). The definition
 * and the Connecticut rule are in data-pipeline/README.md, "People covered".
 */
import * as v from 'valibot';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const IsoDate = v.pipe(v.string(), v.isoDate());
const Series = v.object({
  /** Residents on the Census estimate date (the same for every sheet date). */
  population: Count,
  /** Residents of covered counties, one per entry of `dates` (each holds until the next date). */
  people: v.array(Count),
  /** Covered counties, one per entry of `dates`. */
  counties: v.array(Count),
});

export const PeopleCovered = v.object({
  source: v.object({ file: v.string(), column: v.string(), date: IsoDate }),
  /** The newest ICE sheet's date: the series run to it. */
  asOf: IsoDate,
  /**
   * Change points: the first ICE sheet's date, then each sheet date where some figure below differs
   * from the sheet before. A value holds from its date until the next date; the last one up to `asOf`.
   */
  dates: v.array(IsoDate),
  national: Series,
  states: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), Series),
  /** At the newest sheet: state agencies with an agreement (reported apart, no county), per state. */
  stateAgencies: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), Count),
  /** At the newest sheet: county sheriffs / jails with an agreement whose county is not matched (not counted). */
  unmatched: v.array(v.object({ id: v.string(), name: v.string(), state: v.string() })),
});
export type PeopleCovered = v.InferOutput<typeof PeopleCovered>;
