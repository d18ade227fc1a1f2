/**
 * The compare page's charts sit side by side at about 360 px, too narrow for every ICE sheet since
 * 2025 on an axis that starts years earlier: the circles piled up at the right edge. So the compare
 * charts start at the first ICE sheet and show one circle per month (that month's newest sheet, the
 * same rule as the month control); the signed-agreements step starts at its level on that date.
 * State pages keep the full history.
 */
import type { StateDetail } from '@schema/records.ts';
import { expandSeries } from './series.ts';

export { newestPerMonth } from './series.ts';

/**
 * The detail as the compare chart draws it: from `start` (an ICE sheet date) on, one point a month.
 * `monthSheets` is each month's newest ICE sheet date; the stored series (change points) is expanded to them.
 */
export function compareDetail(d: StateDetail, start: string, monthSheets: readonly string[]): StateDetail {
  const startMonth = start.slice(0, 7);
  const before = d.signedByMonth.filter((m) => m.month <= startMonth);
  const after = d.signedByMonth.filter((m) => m.month > startMonth);
  const level = before.at(-1)?.cumulative;
  return {
    ...d,
    series: expandSeries(d.series, monthSheets).filter((p) => p.date >= start),
    signedByMonth: [...(level === undefined ? [] : [{ month: startMonth, cumulative: level }]), ...after],
  };
}
