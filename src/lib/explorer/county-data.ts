/**
 * What the county explorer's first view loads: the agency index, county counts, a state's agencies,
 * and search over agency names. No geometry and no map library here (see lonlat-counties.ts), so the
 * first view's script stays small. Pure data work; no DOM.
 */
import type { Position } from 'geojson';
import type { AgencyIndex, CountyCounts, StateDetail } from '@schema/records.ts';

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

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

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
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Give the probe's context back at once: maplibre makes its own, and browsers cap live contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}
