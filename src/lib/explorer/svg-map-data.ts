/**
 * Build time: the explorer's SVG first view, projected once here instead of in every reader's
 * browser (projecting Texas's 254 counties with d3-geo was most of a one-second task on a phone).
 * One small file per state (and one for the whole country): path data fitted to the state's width,
 * the county counts, the state outline, and the state's agencies in list order with a dot on their county. The browser only
 * builds elements from it.
 */
import { geoAlbersUsa, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AgencyIndex, CountyCounts } from '@schema/records.ts';
import { compactPath } from '../map/compact-path.ts';
import { agencyPoints, countyFeatures } from './lonlat-counties.ts';

/** fips, name, SVG path, then the county's counts: agreements, agencies, JEM, WSO, TFM. */
export type SvgCounty = [string, string, string, number, number, number, number, number];
/** Agency id, name, state, type, then x and y of its dot when it has a county (statewide agencies have none). */
export type SvgAgency = [string, string, string, string] | [string, string, string, string, number, number];

export interface SvgStateMap {
  /** The viewBox is `0 0 width height`: the width is fixed, the height follows the state's shape. */
  width: number;
  height: number;
  counties: SvgCounty[];
  /** Stance, SVG path: each state's outline, drawn in its stance colour. */
  outlines: Array<[string, string]>;
  /** The agency list, in its reading order (by state, then name), so the browser sorts nothing. */
  agencies: SvgAgency[];
}

export const SVG_WIDTH = 800;
const PAD = 8;

export function svgStateMap(
  topo: Topology,
  counts: CountyCounts,
  index: AgencyIndex,
  states: ReadonlyArray<{ usps: string; fips: string; stance: string }>,
  usps: string | null,
): SvgStateMap {
  const fc = countyFeatures(topo, counts);
  const obj = topo.objects.counties as GeometryCollection;
  const shown = usps ? states.filter((s) => s.usps === usps.toUpperCase()) : states;
  // A state's outline is the arcs used by only one of its own counties.
  const outlines = shown.map((st) => ({
    stance: st.stance,
    geometry: mesh(topo, { type: 'GeometryCollection', geometries: obj.geometries.filter((g) => String(g.id).startsWith(st.fips)) }, (a, b) => a === b),
  }));
  const extent: GeoPermissibleObjects = { type: 'GeometryCollection', geometries: outlines.map((o) => o.geometry) };
  // Fit the width only: the height is whatever the state's shape needs, so a phone shows it full width.
  const projection = geoAlbersUsa().fitWidth(SVG_WIDTH - 2 * PAD, extent);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty + PAD]);
  const height = Math.ceil(geoPath(projection).bounds(extent)[1][1] + PAD);
  // The whole country at 800 units wide: a coarser grid keeps its ~3,100 counties light.
  const quantum = usps ? 0.5 : 1;
  const counties = fc.features
    .map((f): SvgCounty => {
      const p = f.properties;
      return [p.fips, p.name, compactPath(f, quantum, projection), p.agreements, p.agencies, p.JEM, p.WSO, p.TFM];
    })
    .filter((c) => c[2] !== '')
    // Alphabetical, so arrow keys move through the counties in an order a reader can follow.
    .sort((a, b) => a[1].localeCompare(b[1], 'en') || a[0].localeCompare(b[0]));
  const inState = index.filter((a) => !usps || a[2] === usps.toUpperCase());
  const agencies = agencyPoints(inState, fc)
    .sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name, 'en'))
    .map((a): SvgAgency => {
      const xy = a.position ? projection(a.position as [number, number]) : null;
      return xy ? [a.id, a.name, a.state, a.type, Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : [a.id, a.name, a.state, a.type];
    });
  return {
    width: SVG_WIDTH,
    height,
    counties,
    outlines: outlines.map((o) => [o.stance, compactPath(o.geometry, quantum, projection)]),
    agencies,
  };
}
