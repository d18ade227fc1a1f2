/**
 * The month control reaches back before ICE's spreadsheets: from 2021-01 the months come from the
 * archived ICE web tables (steps/read-history-tables.ts). The 2017 captures are left out of the months
 * (nothing covers 2017-09 to 2020-12, and carrying 2017 forward over three years would invent numbers);
 * the charts draw them apart, from history.json.
 */
import { Warnings } from '../errors.ts';
import { STATES_AND_DC } from '../schema/geo.ts';
import type { HistoryCapture } from './read-history-tables.ts';
import { normalizeSheet } from './normalize-agreements.ts';
import type { SnapshotRow } from './build-timeline.ts';

/** First day whose archived captures become months of the timeline. */
export const ARCHIVED_MONTHS_FROM = '2021-01-01';

/** Rows of the captures from ARCHIVED_MONTHS_FROM up to (not including) the first ICE sheet, as timeline rows. */
export function archivedTimelineRows(captures: HistoryCapture[], firstSheet: string): { dates: string[]; rows: SnapshotRow[] } {
  // history.json already reported these rows' warnings; normalising again must not count them twice.
  const quiet = new Warnings();
  const drawn = new Set(STATES_AND_DC.map((s) => s.usps));
  const used = captures.filter((c) => c.date >= ARCHIVED_MONTHS_FROM && c.date < firstSheet);
  const rows = used.flatMap((c) =>
    normalizeSheet(c.sheet, c.date, quiet)
      .filter((r) => drawn.has(r.state))
      .map((r) => ({ snapshot: c.date, state: r.state, agreementId: `${r.agencyId}--${r.model.toLowerCase()}`, agencyId: r.agencyId, agencyName: r.agencyName, model: r.model })),
  );
  return { dates: [...new Set(used.map((c) => c.date))].sort(), rows };
}
