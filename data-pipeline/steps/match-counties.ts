/**
 * Places agencies in counties. ICE's COUNTY column (from 2025-03 on, corrected with the
 * county-name-fixes table) is tried first, then a "<Name> County/Parish/Borough" agency name.
 * State agencies are statewide by definition. Everything else is reported as unmatched, never guessed.
 */
import { byFips } from '../schema/geo.ts';
import type { AgencyType } from '../schema/records.ts';

export interface CountyRef {
  fips: string;
  /** us-atlas name ("Harris", "St. Lucie"). */
  name: string;
}

export interface CountyIndex {
  byState: Map<string, Array<CountyRef & { key: string }>>;
  byFips: Map<string, CountyRef>;
}

const SUFFIX = /\s+(county|parish|borough|city and borough|census area|municipality|municipio)$/i;

/** Folds a county name for comparison: "St. Luice County" and "Saint Luice" fold the same way. */
export function countyKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(SUFFIX, '')
    .replace(/^saint\s+/, 'st ')
    .replace(/^ste\.?\s+/, 'sainte ')
    .replace(/[^a-z0-9]/g, '');
}

export function buildCountyIndex(geometries: Array<{ id?: string | number; properties?: { name?: string } | null }>): CountyIndex {
  const byState = new Map<string, Array<CountyRef & { key: string }>>();
  const fipsMap = new Map<string, CountyRef>();
  for (const g of geometries) {
    const fips = String(g.id ?? '');
    const name = g.properties?.name ?? '';
    if (!/^\d{5}$/.test(fips) || !name) continue;
    const entry = { fips, name, key: countyKey(name) };
    const list = byState.get(fips.slice(0, 2)) ?? [];
    list.push(entry);
    byState.set(fips.slice(0, 2), list);
    fipsMap.set(fips, { fips, name });
  }
  return { byState, byFips: fipsMap };
}

export type CountyFixes = Map<string, string>; // `${STATE NAME upper}|${county lower}` -> fixed

export function buildCountyFixes(rows: Array<{ state: string; county: string; county_fixed: string }>): CountyFixes {
  return new Map(rows.map((r) => [`${r.state.trim().toUpperCase()}|${r.county.trim().toLowerCase()}`, r.county_fixed.trim()]));
}

export function fixCountyText(fixes: CountyFixes, stateFips: string, text: string): string {
  const stateName = byFips.get(stateFips)?.name.toUpperCase() ?? '';
  return fixes.get(`${stateName}|${text.trim().toLowerCase()}`) ?? text;
}

/**
 * Independent cities (VA, and Baltimore, St. Louis, Carson City) share names with counties; their
 * FIPS county part is >= 500. "X city"/"City of X" picks the city, anything else the county.
 */
export function matchCounty(index: CountyIndex, stateFips: string, text: string): CountyRef | null {
  const list = index.byState.get(stateFips);
  if (!list) return null;
  const wantsCity = /\bcity\b/i.test(text) && !/\bcity and borough\b/i.test(text);
  const bare = text.replace(/^city of\s+/i, '').replace(/\s+city$/i, '');
  const key = countyKey(wantsCity ? bare : text);
  const hits = list.filter((c) => c.key === key || (wantsCity && c.key === countyKey(text)));
  if (hits.length === 0) return null;
  if (hits.length === 1) return { fips: hits[0]!.fips, name: hits[0]!.name };
  const pick = hits.find((c) => (Number(c.fips.slice(2)) >= 500) === wantsCity) ?? hits[0]!;
  return { fips: pick.fips, name: pick.name };
}

const COUNTY_IN_NAME = /^(.+?)\s+(county|parish|borough)\b/i;

export interface CountyAssignment {
  countyFips: string | null;
  countyName: string | null;
  method: 'county-column' | 'agency-name' | 'statewide' | 'unmatched';
  /** The COUNTY text that did not match, for the warning summary. */
  unmatchedText?: string;
}

/**
 * @param countyTexts COUNTY cells for this agency, newest snapshot first (nulls removed).
 */
export function assignCounty(
  index: CountyIndex,
  fixes: CountyFixes,
  agency: { stateFips: string; name: string; type: AgencyType },
  countyTexts: string[],
): CountyAssignment {
  if (agency.type === 'state') return { countyFips: null, countyName: null, method: 'statewide' };
  let firstFailure: string | undefined;
  for (const raw of countyTexts) {
    const hit = matchCounty(index, agency.stateFips, fixCountyText(fixes, agency.stateFips, raw));
    if (hit) return { countyFips: hit.fips, countyName: hit.name, method: 'county-column' };
    firstFailure ??= raw;
  }
  const m = COUNTY_IN_NAME.exec(agency.name);
  if (m) {
    const hit = matchCounty(index, agency.stateFips, fixCountyText(fixes, agency.stateFips, `${m[1]} ${m[2]}`));
    if (hit) return { countyFips: hit.fips, countyName: hit.name, method: 'agency-name' };
  }
  return { countyFips: null, countyName: firstFailure ?? null, method: 'unmatched', unmatchedText: firstFailure ?? 'no COUNTY value in any snapshot' };
}
