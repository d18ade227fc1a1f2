/**
 * Loads and joins what the county explorer shows: county shapes (lon/lat TopoJSON from the
 * pipeline), county counts and the agency index. Pure data work; no DOM, no map library.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { geoCentroid } from 'd3-geo';
import type { AgencyIndex, CountyCounts, ByModel, StateDetail } from '@schema/records.ts';

export interface CountyProps {
  fips: string;
  name: string;
  agreements: number;
  agencies: number;
  JEM: number;
  WSO: number;
  TFM: number;
}

export type AgencyEntry = AgencyIndex[number];

export interface AgencyPoint {
  id: string;
  name: string;
  state: string;
  countyFips: string | null;
  type: string;
  models: string;
  position: Position | null;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

export function countyFeatures(topo: Topology, counts: CountyCounts): FeatureCollection<Geometry, CountyProps> {
  const fc = feature(topo, topo.objects.counties as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const fips = String(f.id);
      const c = counts[fips];
      const byModel: ByModel = c?.byModel ?? { JEM: 0, WSO: 0, TFM: 0 };
      return { ...f, id: undefined, properties: { fips, name: f.properties.name, agreements: c?.agreements ?? 0, agencies: c?.agencies ?? 0, ...byModel } };
    }),
  };
}

/**
 * Places each agency at its county's centroid, spread on a small golden-angle spiral so several
 * agencies in one county stay individually clickable. Statewide and unmatched agencies get no point.
 */
export function agencyPoints(index: AgencyIndex, counties: FeatureCollection<Geometry, CountyProps>): AgencyPoint[] {
  const centroids = new Map(counties.features.map((f) => [f.properties.fips, geoCentroid(f)]));
  const seen = new Map<string, number>();
  return index.map(([id, name, state, countyFips, type, models]) => {
    const c = countyFips ? centroids.get(countyFips) : undefined;
    let position: Position | null = null;
    if (c) {
      const k = seen.get(countyFips!) ?? 0;
      seen.set(countyFips!, k + 1);
      const r = 0.045 * Math.sqrt(k);
      const a = k * 2.399963;
      position = [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)];
    }
    return { id, name, state, countyFips, type, models, position };
  });
}

/** Case- and accent-insensitive substring search over agency names, best matches first. */
/** Name matches, the current state's first (then names starting with the query, then A–Z). */
export function searchAgencies(index: AgencyIndex, query: string, limit = 8, state: string | null = null): AgencyEntry[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const hits = index.filter((a) => fold(a[1]).includes(q) || fold(`${a[1]} ${a[2]}`).includes(q));
  const away = (a: AgencyEntry) => Number(state !== null && a[2] !== state);
  return hits
    .sort((a, b) => away(a) - away(b) || Number(!fold(a[1]).startsWith(q)) - Number(!fold(b[1]).startsWith(q)) || a[1].localeCompare(b[1]))
    .slice(0, limit);
}

export const loadCounties = (base: string, usps: string | null) =>
  getJson<Topology>(usps ? `${base}data/counties/${usps.toLowerCase()}.topojson` : `${base}data/counties-us.topojson`);
export const loadCountyCounts = (base: string) => getJson<CountyCounts>(`${base}data/county-counts.json`);
export const loadAgencyIndex = (base: string) => getJson<AgencyIndex>(`${base}data/agency-index.json`);

const details = new Map<string, Promise<StateDetail>>();
/** A state's file (agencies with their agreements), fetched once per page. */
export function loadStateDetail(base: string, usps: string): Promise<StateDetail> {
  let p = details.get(usps);
  if (!p) {
    p = getJson<StateDetail>(`${base}data/states/${usps.toLowerCase()}.json`);
    p.catch(() => details.delete(usps));
    details.set(usps, p);
  }
  return p;
}

/** WebGL is what maplibre needs; without it the page draws an SVG county map instead. */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
