/** data-pipeline/steps/build-geometry.ts: simplification, properties by FIPS, object picking and per-state splits. */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { pickObjects, simplifyTopology, splitByState, toGeoJSON, withProperties } from '../../data-pipeline/steps/build-geometry.ts';

/** A square from (x,y) of side s, its edges densely sampled with small wobbles that simplification should drop. */
function square(id: string, x: number, y: number, s = 10, steps = 50): Feature<Polygon> {
  const ring: Array<[number, number]> = [];
  const edge = (x0: number, y0: number, dx: number, dy: number) => {
    for (let i = 0; i < steps; i++) {
      const px = x0 + (dx * s * i) / steps;
      const py = y0 + (dy * s * i) / steps;
      // The wobble depends on the place, not the ring, so neighbours' shared edges stay identical.
      const wobble = Math.round((dx ? px : py) * 5) % 2 ? 0.001 : 0;
      ring.push([px + Math.abs(dy) * wobble, py + Math.abs(dx) * wobble]);
    }
  };
  edge(x, y, 1, 0); edge(x + s, y, 0, 1); edge(x + s, y + s, -1, 0); edge(x, y + s, 0, -1);
  ring.push(ring[0]!);
  return { type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
const fc = (...f: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features: f });
const counties = () => topology({ counties: fc(square('48001', 0, 0), square('48003', 10, 0), square('06001', 40, 40)), extra: fc(square('99999', 80, 80)) }, 1e5) as unknown as Topology;
const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
const area = (f: Feature) => {
  const r = (f.geometry as Polygon).coordinates[0]!;
  return Math.abs(r.slice(1).reduce((s, p, i) => s + (r[i]![0]! * p[1]! - p[0]! * r[i]![1]!), 0) / 2);
};

describe('simplifyTopology', () => {
  it('drops the tiny wobbles but keeps every feature, its id, its shared border and its area', () => {
    const t = counties();
    const simple = simplifyTopology(t, 0.01);
    expect(points(simple)).toBeLessThan(points(t) / 10);
    const before = toGeoJSON(t, 'counties');
    const after = toGeoJSON(simple, 'counties');
    expect(after.features.map((f) => f.id)).toEqual(['48001', '48003', '06001']);
    after.features.forEach((f, i) => expect(area(f)).toBeCloseTo(area(before.features[i]!), 1));
    // The two Texas squares still share a border (arcs, not duplicated lines).
    expect(neighbors((simple.objects.counties as GeometryCollection).geometries)[0]).toEqual([1]);
    // Quantized: integer, delta-encoded arcs with a transform.
    expect(simple.transform).toBeDefined();
    expect(simple.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });
  it('a weight of zero keeps the shape', () => {
    const t = counties();
    expect(points(simplifyTopology(t, 0))).toBeGreaterThan(points(t) / 2);
  });
});

describe('withProperties / pickObjects', () => {
  it('sets properties by id and drops the ids that get none, leaving other objects alone', () => {
    const t = withProperties(counties(), 'counties', (id) => (id.startsWith('48') ? { name: `c${id}` } : null));
    const out = toGeoJSON(t, 'counties');
    expect(out.features.map((f) => [f.id, f.properties])).toEqual([['48001', { name: 'c48001' }], ['48003', { name: 'c48003' }]]);
    expect(toGeoJSON(t, 'extra').features).toHaveLength(1);
  });
  it('keeps only the named objects, with the shared arcs', () => {
    const t = counties();
    const picked = pickObjects(t, ['counties']);
    expect(Object.keys(picked.objects)).toEqual(['counties']);
    expect(picked.arcs).toBe(t.arcs);
    expect(Object.keys(pickObjects(t, ['nation']).objects)).toEqual([]);
  });
});

describe('splitByState', () => {
  it('one topology per state FIPS prefix, each with only its own counties and arcs', () => {
    const t = counties();
    const parts = splitByState(t, 'counties', 0.01, (id) => ({ fips: id }));
    expect([...parts.keys()].sort()).toEqual(['06', '48']);
    const tx = parts.get('48')!;
    const txFeatures = feature(tx, tx.objects.counties as GeometryCollection).features;
    expect(txFeatures.map((f) => [f.id, f.properties])).toEqual([['48001', { fips: '48001' }], ['48003', { fips: '48003' }]]);
    expect(points(parts.get('06')!)).toBeLessThan(points(tx));
    expect(Object.keys(tx.objects)).toEqual(['counties']);
  });
});
