/**
 * A state's agreement chart from 2017 (the long view): the archived ICE web tables' captures, the empty
 * years as a gap, then the ICE sheets, on the compressed axis of lib/long-axis.ts. Same shape as
 * timelineGeometry (lib/state-page.ts) plus the archived points, so Timeline.astro draws either.
 */
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { StateDetail } from '@schema/records.ts';
import type { TimelineGeometry } from './state-page.ts';
import { LONG_PERIODS, longAxis, type LongAxis } from './long-axis.ts';

export interface LongTimeline extends TimelineGeometry {
  axis: LongAxis;
  /** One point per archived capture (points only, like the sheets' points; no line, so none crosses the gap). */
  archived: Array<{ x: number; y: number; date: string; agreements: number }>;
  /** x-axis labels: "2017", "2021–24", then months (YYYY-MM). */
  labels: Array<{ x: number; text: string } | { x: number; m: string }>;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function longTimelineGeometry(detail: StateDetail, asOf: string, waybackDates: Set<string>, archived: Array<{ date: string; agreements: number }>, width = 480, height = 250): LongTimeline {
  const margin = { top: 26, right: 12, bottom: 26, left: 38 };
  const axis = longAxis(asOf.slice(0, 7), margin.left, width - margin.right);
  const yMax = Math.max(1, ...detail.signedByMonth.map((m) => m.cumulative), ...detail.series.map((p) => p.agreements), ...archived.map((p) => p.agreements));
  const y = scaleLinear().domain([0, yMax]).nice(4).range([height - margin.bottom, margin.top]);
  // Agreements signed before 2021 enter the step line at the 2021 table: no step is drawn over the empty years.
  const from = `${LONG_PERIODS.gapTo}-01`;
  const before = detail.signedByMonth.filter((m) => `${m.month}-01` < from).at(-1)?.cumulative;
  const steps = [...(before ? [{ d: from, v: before }] : []), ...detail.signedByMonth.filter((m) => `${m.month}-01` >= from).map((m) => ({ d: `${m.month}-01`, v: m.cumulative }))];
  const step = steps.length ? (line<{ d: string; v: number }>().x((p) => axis.x(p.d)).y((p) => r1(y(p.v))).curve(curveStepAfter)([...steps, { d: asOf, v: steps.at(-1)!.v }]) ?? '') : '';
  const points = detail.series.map((p) => ({ x: axis.x(p.date), y: r1(y(p.agreements)), date: p.date, agreements: p.agreements, wayback: waybackDates.has(p.date) }));
  const arch = archived.map((p) => ({ x: axis.x(p.date), y: r1(y(p.agreements)), date: p.date, agreements: p.agreements }));
  return {
    width,
    height,
    margin,
    step,
    points,
    xTicks: [],
    yTicks: y.ticks(4).filter(Number.isInteger).map((value) => ({ y: r1(y(value)), value })),
    axis,
    archived: arch,
    labels: axis.ticks,
  };
}
