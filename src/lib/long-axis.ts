/**
 * The long time axis of the agreement charts (national and per state), 2017 to now. Three periods with
 * data and one without: the 2017 archived captures, nothing from September 2017 to December 2020, the
 * archived 2021-2024 captures, and ICE's spreadsheets from January 2025. The surge after 2025 is the story,
 * so the archived years get a compressed share of the width (the caption says so) and the empty years a
 * narrow gap that no line crosses. Pure: dates in, numbers out.
 */
import { scaleLinear } from 'd3-scale';

/** Month boundaries of the periods (first day of the month). */
export const LONG_PERIODS = { start: '2017-03', gapFrom: '2017-09', gapTo: '2021-01', sheetsFrom: '2025-01' } as const;
/** Share of the plot width for the 2017 captures, the gap and 2021-2024; the rest is 2025 on. */
const SHARE = { early: 0.08, gap: 0.09, archived: 0.2 };

/** Months since year 0 as a real number: 2021-01-16 → 2021·12 + 0 + 15/31. */
export function monthNumber(iso: string): number {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), iso.length > 7 ? Number(iso.slice(8, 10)) : 1];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y * 12 + (m - 1) + (d - 1) / days;
}

export interface LongAxis {
  /** x of a date (YYYY-MM-DD) or of a month's first day (YYYY-MM). */
  x: (iso: string) => number;
  /** The empty stretch (September 2017 to December 2020): x range. */
  gap: { x0: number; x1: number };
  /** Archived-table periods (2017 and 2021-2024): x ranges, to shade. */
  archived: Array<{ x0: number; x1: number }>;
  /** Where ICE's spreadsheets start. */
  sheetsX: number;
  /** Axis labels: the compressed periods get one label each ("2017", "2021–24"), 2025 on a month every six months. */
  ticks: Array<{ x: number; text: string } | { x: number; m: string }>;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** @param end last month drawn (YYYY-MM); @param left, right the plot's x range. */
export function longAxis(end: string, left: number, right: number): LongAxis {
  const w = right - left;
  const p = LONG_PERIODS;
  const stops = [p.start, p.gapFrom, p.gapTo, p.sheetsFrom, end].map(monthNumber);
  const xs = [left, left + SHARE.early * w, left + (SHARE.early + SHARE.gap) * w, left + (SHARE.early + SHARE.gap + SHARE.archived) * w, right];
  const scale = scaleLinear().domain(stops).range(xs).clamp(true);
  const x = (iso: string) => r1(scale(monthNumber(iso)));
  // Years alone in the compressed stretch; month and year from 2025, every six months.
  const sheetTicks: string[] = [];
  for (let n = monthNumber(p.sheetsFrom); n <= stops[4]! + 1e-9; n += 6) sheetTicks.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  const ticks = [
    { x: r1((xs[0]! + xs[1]!) / 2), text: p.start.slice(0, 4) },
    { x: r1((xs[2]! + xs[3]!) / 2), text: `${p.gapTo.slice(0, 4)}–${String(Number(p.sheetsFrom.slice(0, 4)) - 1).slice(2)}` },
    // The first sheet month's label starts at the boundary, clear of the compressed years' label.
    ...sheetTicks.map((m, i) => ({ m, x: x(m) + (i === 0 ? 10 : 0) })),
  ];
  return {
    x,
    gap: { x0: r1(xs[1]!), x1: r1(xs[2]!) },
    archived: [{ x0: r1(xs[0]!), x1: r1(xs[1]!) }, { x0: r1(xs[2]!), x1: r1(xs[3]!) }],
    sheetsX: r1(xs[3]!),
    ticks,
  };
}

/** A path through points, broken wherever a step crosses the gap (no line over the empty years). */
export function brokenPath(points: Array<{ x: number; y: number }>, gap: { x0: number; x1: number }): string {
  let d = '';
  points.forEach((pt, i) => {
    const prev = points[i - 1];
    const jump = !prev || (prev.x <= gap.x0 && pt.x >= gap.x1);
    d += `${jump ? 'M' : 'L'}${r1(pt.x)},${r1(pt.y)}`;
  });
  return d;
}
