/**
 * Build-time SVG geometry for the national map. The TopoJSON is already projected (us-atlas Albers
 * USA, AK/HI insets), so paths are drawn with the identity projection, compactly (lib/map/compact-path.ts).
 */
import { feature, mesh } from 'topojson-client';
import { geoPath } from 'd3-geo';
import { compactPath } from './compact-path.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface StateShape {
  fips: string;
  usps: string;
  name: string;
  d: string;
  cx: number;
  cy: number;
  area: number;
}

/** Where a centroid lands badly (water, a neighbour), a hand-placed label/circle point. */
const ANCHOR_FIX: Record<string, [number, number]> = {
  FL: [792, 528], LA: [572, 470], MI: [692, 192], ID: [200, 172], AK: [112, 522],
};

export function stateShapes(topo: Topology): { shapes: StateShape[]; borders: string; viewBox: string } {
  const obj = topo.objects.states as GeometryCollection<{ usps: string; name: string }>;
  const fc = feature(topo, obj);
  const path = geoPath().digits(1);
  const shapes = fc.features.map((f) => {
    const [cx, cy] = ANCHOR_FIX[f.properties.usps] ?? path.centroid(f);
    return {
      fips: String(f.id),
      usps: f.properties.usps,
      name: f.properties.name,
      d: compactPath(f),
      cx: Math.round(cx * 10) / 10,
      cy: Math.round(cy * 10) / 10,
      area: path.area(f),
    };
  });
  const borders = compactPath(mesh(topo, obj, (a, b) => a !== b));
  // The Aleutians reach x < 0 in us-atlas's Albers USA: fit the box to the data, not to 975×610.
  const [x0, y0, x1, y1] = topo.bbox ?? [0, 0, 975, 610];
  const pad = 4;
  const viewBox = [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((n) => Math.round(n)).join(' ');
  return { shapes, borders, viewBox };
}
