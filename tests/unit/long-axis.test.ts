/** The long time axis (lib/long-axis.ts): order kept across the compressed stretches, the gap, and paths broken over it. */
import { describe, expect, it } from 'vitest';
import { brokenPath, longAxis, monthNumber } from '@lib/long-axis.ts';

describe('long axis', () => {
  const ax = longAxis('2026-11', 40, 470);
  it('places dates in order, the empty years inside the gap, 2025 on the widest share', () => {
    const dates = ['2017-03-05', '2017-08-01', '2021-01-13', '2024-12-18', '2025-01-19', '2026-05-18', '2026-11'];
    const xs = dates.map(ax.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBeGreaterThanOrEqual(40);
    expect(xs.at(-1)).toBe(470);
    expect(ax.x('2019-06-01')).toBeGreaterThan(ax.gap.x0);
    expect(ax.x('2019-06-01')).toBeLessThan(ax.gap.x1);
    expect(ax.x('2021-01')).toBe(ax.gap.x1);
    expect(ax.sheetsX).toBe(ax.x('2025-01'));
    // The 23 months from 2025 take more width than the 48 archived months and the 2017 stretch together.
    expect(470 - ax.sheetsX).toBeGreaterThan(ax.sheetsX - 40);
  });
  it('counts days within the month', () => {
    expect(monthNumber('2021-01')).toBe(2021 * 12);
    expect(monthNumber('2021-01-16')).toBeCloseTo(2021 * 12 + 15 / 31);
    expect(monthNumber('2024-02-29')).toBeCloseTo(2024 * 12 + 1 + 28 / 29);
  });
  it('breaks a path where a step crosses the gap, and only there', () => {
    const pts = [{ x: ax.x('2017-07-02'), y: 5 }, { x: ax.x('2017-08-01'), y: 4 }, { x: ax.x('2021-01-13'), y: 3 }, { x: ax.x('2021-02-01'), y: 2 }];
    const d = brokenPath(pts, ax.gap);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(2);
    expect(d.indexOf('M', 1)).toBe(d.indexOf(`M${ax.x('2021-01-13')}`));
  });
});
