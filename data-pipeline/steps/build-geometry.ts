/**
 * Geometry from us-atlas (Census cartographic boundaries, 1:10m). The Albers USA files are already
 * projected to a 975x610 viewport with Alaska and Hawaii as insets; territories are not in them.
 * We simplify (Visvalingam, topojson-simplify) so the build-time SVG and the client files stay small.
 */
import { presimplify, simplify } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology, GeometryCollection, Objects } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

type Props = Record<string, unknown>;

/**
 * Drops detail below `minWeight` (triangle area in map units: px² for the Albers files, degrees²
 * for the lon/lat files), then re-quantizes so coordinates are small delta-encoded integers.
 */
export function simplifyTopology<T extends Topology>(topology: T, minWeight: number, quantization = 1e4): T {
  const pre = presimplify(topology as Topology<Objects<Props>>);
  const simple = simplify(pre, minWeight);
  return quantize(simple, quantization) as unknown as T;
}

/** Replaces each geometry's properties using its FIPS id; ids with no properties are dropped. */
export function withProperties(
  topology: Topology,
  object: string,
  propsFor: (id: string) => Props | null,
): Topology {
  const coll = topology.objects[object] as GeometryCollection<Props>;
  const geometries = coll.geometries.flatMap((g) => {
    const props = propsFor(String(g.id));
    return props ? [{ ...g, properties: props }] : [];
  });
  return { ...topology, objects: { ...topology.objects, [object]: { ...coll, geometries } } };
}

/** Keeps only the named objects (us-atlas ships states + nation together). */
export function pickObjects(topology: Topology, names: string[]): Topology {
  const objects = Object.fromEntries(Object.entries(topology.objects).filter(([k]) => names.includes(k)));
  return { ...topology, objects };
}

export function toGeoJSON(topology: Topology, object: string): FeatureCollection {
  return feature(topology, topology.objects[object] as GeometryCollection<Props>) as FeatureCollection;
}

/**
 * One small topology per state (object `counties`), for maplibre views zoomed to a state. Re-building
 * the topology per state keeps each file to its own arcs (Texas, the largest, is about 17 KB gzip).
 */
export function splitByState(counties: Topology, object: string, minWeight: number, propsFor: (id: string) => Props): Map<string, Topology> {
  const all = toGeoJSON(counties, object);
  const groups = new Map<string, FeatureCollection>();
  for (const f of all.features) {
    const id = String(f.id);
    const fc = groups.get(id.slice(0, 2)) ?? { type: 'FeatureCollection', features: [] };
    fc.features.push({ ...f, properties: propsFor(id) });
    groups.set(id.slice(0, 2), fc);
  }
  return new Map(
    [...groups].map(([stateFips, fc]) => [stateFips, simplifyTopology(topology({ [object]: fc }, 1e5) as unknown as Topology, minWeight)]),
  );
}
