/**
 * The zoomable map's data: county shapes in lon/lat (the pipeline's TopoJSON) joined with the county
 * counts, and agency points on county centroids. Loaded with maplibre (and used at build time for
 * the SVG first view), never by the first view's script.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { geoCentroid } from 'd3-geo';
import type { AgencyIndex, ByModel, CountyCounts } from '@schema/records.ts';
import { getJson, type AgencyPoint, type CountyProps } from './county-data.ts';

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

export const loadCounties = (base: string, usps: string | null) =>
  getJson<Topology>(usps ? `${base}data/counties/${usps.toLowerCase()}.topojson` : `${base}data/counties-us.topojson`);

/** A state's (or the country's) counties with their counts, and its agencies as points, for maplibre. */
export async function loadLonLat(base: string, usps: string | null, index: AgencyIndex): Promise<{ counties: FeatureCollection<Geometry, CountyProps>; points: AgencyPoint[] }> {
  const [topo, counts] = await Promise.all([loadCounties(base, usps), getJson<CountyCounts>(`${base}data/county-counts.json`)]);
  const counties = countyFeatures(topo, counts);
  return { counties, points: agencyPoints(index.filter((a) => !usps || a[2] === usps.toUpperCase()), counties) };
}

/** State outlines in lon/lat with each state's stance, drawn over the zoomable map. */
export async function loadStateOutlines(base: string): Promise<FeatureCollection<Geometry, { usps: string; stance: string }>> {
  const states = await getJson<Topology>(`${base}data/states-lonlat.topojson`);
  return feature(states, states.objects.states as GeometryCollection<{ usps: string; stance: string }>) as FeatureCollection<Geometry, { usps: string; stance: string }>;
}
