/**
 * Per-sheet series are stored as change points (data-pipeline/steps/change-points.ts): a point holds
 * from its date until the next one, and the series runs to the data date. Charts that mark every sheet
 * (or each month's newest sheet) expand the series back to those dates here, so they draw exactly the
 * points they drew when every sheet was stored.
 */

/** The value in force on each of `dates` (ascending), as a point on that date; dates before the first point are left out. */
export function expandSeries<P extends { date: string }>(points: readonly P[], dates: readonly string[]): P[] {
  const out: P[] = [];
  let i = -1;
  for (const date of dates) {
    while (i + 1 < points.length && points[i + 1]!.date <= date) i++;
    if (i >= 0) out.push({ ...points[i]!, date });
  }
  return out;
}

/** The newest of the given dates in each calendar month, in date order. */
export function newestPerMonth<P extends { date: string }>(points: readonly P[]): P[] {
  const byMonth = new Map<string, P>();
  for (const p of [...points].sort((a, b) => a.date.localeCompare(b.date))) byMonth.set(p.date.slice(0, 7), p);
  return [...byMonth.values()];
}
