import { describe, expect, it } from 'vitest';
import { geoPath, geoAlbersUsa } from 'd3-geo';
import { compactPath } from '../../src/lib/map/compact-path.ts';
import { absolute, pathBox } from '../../src/lib/explorer/county-hit.ts';

const square = (x: number, y: number, s: number) => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]];

describe('pathBox (the whole-country map\'s county boxes)', () => {
  it('matches d3\'s bounds of the same shapes to within the path grid, across several rings', () => {
    const projected = { type: 'MultiPolygon' as const, coordinates: [square(10.26, 20.74, 30), square(100.1, 5.3, 12.2), square(-4, 60, 3)] };
    const [[x0, y0], [x1, y1]] = geoPath().bounds(projected);
    const box = pathBox(compactPath(projected, 0.5));
    for (const [got, want] of [[box[0], x0], [box[1], y0], [box[2], x1], [box[3], y1]] as const) expect(Math.abs(got - want)).toBeLessThanOrEqual(0.25);
  });

  it('holds a real county projected as at build time (quantum 1)', () => {
    // Travis County, TX, roughly: a lon/lat ring projected with Albers USA fitted to 800 units.
    const ring = [[-98.17, 30.36], [-97.37, 29.63], [-97.32, 30.42], [-97.86, 30.75], [-98.17, 30.36]];
    const geo = { type: 'Polygon' as const, coordinates: [ring] };
    const projection = geoAlbersUsa().fitWidth(784, { type: 'Sphere' } as never);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(geo);
    const box = pathBox(compactPath(geo, 1, projection));
    expect(Math.abs(box[0] - x0)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box[3] - y1)).toBeLessThanOrEqual(0.5);
    expect(box[2]).toBeGreaterThan(box[0]);
    expect(box[3]).toBeGreaterThan(box[1]);
    expect(Math.abs(box[2] - x1) + Math.abs(box[1] - y0)).toBeLessThanOrEqual(1);
  });

  it('makes a leading relative move absolute, so county paths can be joined into one', () => {
    expect(absolute('m10 20l1 0 0 1z')).toBe('M10 20l1 0 0 1z');
    expect(absolute('M1 2z')).toBe('M1 2z');
  });
});
