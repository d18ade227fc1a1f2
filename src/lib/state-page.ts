/**
 * Build-time helpers for the per-state pages (pure, no DOM): name slugs, neighbours and similar
 * states, agreement counts by agency type, the timeline chart's SVG geometry and the locator map.
 */
import { compactPath } from './map/compact-path.ts';
import { feature, neighbors } from 'topojson-client';
import { geoPath } from 'd3-geo';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StateDetail, StateSummary } from '@schema/records.ts';
import { AGENCY_TYPES, type AgencyType } from '@schema/codes.ts';

/** "New York" → "new-york", "District of Columbia" → "district-of-columbia". */
export const nameSlug = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

type StatesObject = GeometryCollection<{ usps: string; name: string }>;

/** USPS codes of the states sharing a border with each state (from the topology's shared arcs). */
export function neighbourMap(topo: Topology): Map<string, string[]> {
  const geoms = (topo.objects.states as StatesObject).geometries;
  const nb = neighbors(geoms as Parameters<typeof neighbors>[0]);
  const out = new Map<string, string[]>();
  const usps = (i: number) => (geoms[i]?.properties as { usps: string } | undefined)?.usps ?? '';
  geoms.forEach((_, i) => out.set(usps(i), (nb[i] ?? []).map(usps)));
  return out;
}

/** Up to `n` states with the same stance and the closest number of active agreements. */
export function similarStates(s: StateSummary, all: StateSummary[], n = 4): StateSummary[] {
  return all
    .filter((x) => x.usps !== s.usps && x.stance === s.stance)
    .sort((a, b) => Math.abs(a.agreements - s.agreements) - Math.abs(b.agreements - s.agreements) || a.name.localeCompare(b.name, 'en'))
    .slice(0, n);
}

/** Active agencies and agreements per agency type (types with no agency are left out). */
export function byAgencyType(detail: StateDetail): Array<{ type: AgencyType; agencies: number; agreements: number }> {
  return AGENCY_TYPES.map((type) => {
    const list = detail.agencies.filter((a) => a.type === type);
    return { type, agencies: list.length, agreements: list.reduce((n, a) => n + a.models.length, 0) };
  }).filter((x) => x.agencies > 0);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface TimelineGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  step: string;
  points: Array<{ x: number; y: number; date: string; agreements: number; wayback: boolean }>;
  xTicks: Array<{ x: number; date: Date }>;
  yTicks: Array<{ y: number; value: number }>;
}

/**
 * The timeline: cumulative agreements (still listed now) by SIGNED month as a step line, and the
 * agreements listed at each ICE snapshot as points. Coordinates rounded to one decimal.
 */
export function timelineGeometry(
  detail: StateDetail, asOf: string, waybackDates: Set<string>, width = 480, height = 250,
  /** Shared scales (the compare page draws several states on the same axes): widen x to start, raise y to yMax. */
  shared?: { start: string; yMax: number },
): TimelineGeometry {
  const margin = { top: 26, right: 12, bottom: 26, left: 38 };
  const months = detail.signedByMonth.map((m) => ({ d: utc(`${m.month}-01`), v: m.cumulative }));
  const series = detail.series.map((p) => ({ d: utc(p.date), v: p.agreements, date: p.date }));
  const dates = [...months.map((m) => m.d), ...series.map((p) => p.d), utc(asOf), ...(shared ? [utc(shared.start)] : [])];
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates.map(Number))), new Date(Math.max(...dates.map(Number)))])
    .range([margin.left, width - margin.right]);
  const yMax = Math.max(1, shared?.yMax ?? 0, ...months.map((m) => m.v), ...series.map((p) => p.v));
  const y = scaleLinear().domain([0, yMax]).nice(4).range([height - margin.bottom, margin.top]);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const stepData = months.length ? [...months, { d: utc(asOf), v: months[months.length - 1]!.v }] : [];
  const step =
    line<{ d: Date; v: number }>()
      .x((p) => r1(x(p.d)))
      .y((p) => r1(y(p.v)))
      .curve(curveStepAfter)(stepData) ?? '';
  const span = x.domain()[1]!.getUTCFullYear() - x.domain()[0]!.getUTCFullYear();
  const xTicks = x.ticks(Math.min(5, Math.max(2, span + 1))).map((date) => ({ x: r1(x(date)), date }));
  return {
    width,
    height,
    margin,
    step,
    points: series.map((p) => ({ x: r1(x(p.d)), y: r1(y(p.v)), date: p.date, agreements: p.v, wayback: waybackDates.has(p.date) })),
    xTicks,
    yTicks: y.ticks(4).filter(Number.isInteger).map((value) => ({ y: r1(y(value)), value })),
  };
}

/** The locator map: every state as one neutral path, this state's own path, and a small-state marker. */
export function locatorMap(topo: Topology, usps: string) {
  const obj = topo.objects.states as StatesObject;
  const fc = feature(topo, obj);
  const path = geoPath().digits(0);
  const own = fc.features.find((f) => f.properties.usps === usps);
  const others = { ...fc, features: fc.features.filter((f) => f.properties.usps !== usps) };
  const [x0, y0, x1, y1] = topo.bbox ?? [0, 0, 975, 610];
  const viewBox = [x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8].map((n) => Math.round(n)).join(' ');
  const [cx, cy] = own ? path.centroid(own) : [0, 0];
  const small = own ? path.area(own) < 300 : false;
  // The locator is at most 18rem wide (about 0.3 px per unit): a 2-unit grid for the other states and
  // 1 unit for this one are below a pixel, at a third of the bytes of absolute integer paths.
  return { viewBox, others: compactPath(others, 2), own: own ? compactPath(own, 1) : '', cx: Math.round(cx), cy: Math.round(cy), small };
}
