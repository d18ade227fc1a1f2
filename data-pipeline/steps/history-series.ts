/**
 * Counts for each archived-table capture (steps/read-history-tables.ts), normalised like the ICE
 * sheets, and how many of its agencies get a county from their name (the tables have no COUNTY column).
 */
import { STATES_AND_DC } from '../schema/geo.ts';
import type { History } from '../schema/history.ts';
import type { Warnings } from '../errors.ts';
import { normalizeSheet } from './normalize-agreements.ts';
import { moaLinks } from './moa-links.ts';
import { assignCounty, type CountyFixes, type CountyIndex } from './match-counties.ts';
import type { HistoryCapture } from './read-history-tables.ts';

export function historySeries(captures: HistoryCapture[], counties: CountyIndex, fixes: CountyFixes, warnings: Warnings): History {
  const drawn = new Set(STATES_AND_DC.map((s) => s.usps));
  const agencies = new Map<string, { stateFips: string; name: string }>();
  const points = [...captures].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, sheet }) => {
    const links = moaLinks(sheet, [], warnings);
    const rows = normalizeSheet(sheet, date, warnings);
    const inStates = rows.filter((r) => drawn.has(r.state));
    const states: Record<string, number> = {};
    for (const r of inStates) states[r.state] = (states[r.state] ?? 0) + 1;
    for (const r of rows) agencies.set(r.agencyId, { stateFips: r.stateFips, name: r.agencyName });
    const byModel = { JEM: 0, WSO: 0, TFM: 0 };
    for (const r of inStates) byModel[r.model]++;
    return { date, file: sheet.file, agreements: inStates.length, byModel, states, rows: rows.length, moaLinks: links.size };
  });
  let matched = 0;
  let statewide = 0;
  for (const a of agencies.values()) {
    // No TYPE column: a name without "County"/"Sheriff" that names the state is still tried by name only.
    const place = assignCounty(counties, fixes, { ...a, type: 'unknown' }, []);
    if (place.countyFips) matched++;
    else if (place.method === 'statewide') statewide++;
  }
  return {
    source: 'archived-ice-table',
    captures: points,
    countyMatch: { agencies: agencies.size, matched, statewide, share: Math.round((matched / Math.max(1, agencies.size - statewide)) * 1000) / 1000 },
  };
}
