/**
 * history.json: ICE's 287(g) list before 2025, from text conversions of archived ICE web tables (not ICE
 * files): one point per capture with the same counts as the spreadsheets' snapshots.
 */
import * as v from 'valibot';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const History = v.object({
  /** Always 'archived-ice-table': archived ICE web table, converted by another project (see SOURCES.md). */
  source: v.literal('archived-ice-table'),
  captures: v.array(v.object({
    date: v.pipe(v.string(), v.isoDate()),
    file: v.string(),
    /** Agreements in the 50 states + DC, by model, per state; all rows (territories too) and rows with an ice.gov agreement link. */
    agreements: Count,
    byModel: v.object({ JEM: Count, WSO: Count, TFM: Count }),
    states: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), Count),
    rows: Count,
    moaLinks: Count,
  })),
  /** Distinct agencies of all captures whose county was found from the agency name (statewide ones apart). */
  countyMatch: v.object({ agencies: Count, matched: Count, statewide: Count, share: v.number() }),
});
export type History = v.InferOutput<typeof History>;
