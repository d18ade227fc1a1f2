/**
 * The compare page's charts sit side by side at about 360 px, too narrow for every ICE sheet since
 * 2025 on an axis that starts years earlier: the circles piled up at the right edge. So the compare
 * charts start at the first ICE sheet and show one circle per month (that month's newest sheet, the
 * same rule as the month control); the signed-agreements step starts at its level on that date.
 * State pages keep the full history.
 */
import type { StateDetail } from '@schema/records.ts';

/** The newest point of each calendar month, in date order. */
export function newestPerMonth<P extends { date: string }>(points: P[]): P[] {
  const byMonth = new Map<string, P>();
  for (const p of [...points].sort((a, b) => a.date.localeCompare(b.date))) byMonth.set(p.date.slice(0, 7), p);
  return [...byMonth.values()];
}

/** The detail as the compare chart draws it: from `start` (an ICE sheet date) on, one point a month. */
export function compareDetail(d: StateDetail, start: string): StateDetail {
  const startMonth = start.slice(0, 7);
  const before = d.signedByMonth.filter((m) => m.month <= startMonth);
  const after = d.signedByMonth.filter((m) => m.month > startMonth);
  const level = before.at(-1)?.cumulative;
  return {
    ...d,
    series: newestPerMonth(d.series.filter((p) => p.date >= start)),
    signedByMonth: [...(level === undefined ? [] : [{ month: startMonth, cumulative: level }]), ...after],
  };
}
