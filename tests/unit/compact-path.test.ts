import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/lib/map/compact-path.ts';

/** Absolute vertices of each subpath, read back from relative path data (an independent parser). */
function absolute(d: string): number[][][] {
  const rings: number[][][] = [];
  let x = 0, y = 0, sx = 0, sy = 0, cmd = '';
  const tokens = d.match(/[mlz]|-?(?:\d+\.?\d*|\.\d+)/gi) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (/[mlz]/i.test(tok)) { cmd = tok; i++; if (cmd === 'z') { x = sx; y = sy; } continue; }
    const dx = Number(tokens[i]), dy = Number(tokens[i + 1]); i += 2;
    x += dx; y += dy;
    if (cmd === 'm') { rings.push([[x, y]]); sx = x; sy = y; cmd = 'l'; } else rings.at(-1)!.push([x, y]);
  }
  return rings;
}

const square = (x: number, y: number, s: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });

describe('compactPath', () => {
  it('round-trips polygons to within half a quantum, with relative moves after a closed ring', () => {
    const mp = { type: 'MultiPolygon' as const, coordinates: [square(10.26, 20.74, 30).coordinates, square(100.1, 5.3, 12.2).coordinates] };
    const rings = absolute(compactPath(mp));
    expect(rings).toHaveLength(2);
    expect(rings[1]![0]![0]).toBeCloseTo(100, 6);
    expect(rings[1]![0]![1]).toBeCloseTo(5.5, 6);
    for (const [px, py] of rings.flat()) {
      expect(Math.abs(px! * 2 - Math.round(px! * 2))).toBeLessThan(1e-9);
      expect(Math.abs(py! * 2 - Math.round(py! * 2))).toBeLessThan(1e-9);
    }
  });

  it('drops rings that collapse to fewer than three points, keeps real ones', () => {
    const speck = square(50, 50, 0.1);
    const d = compactPath({ type: 'MultiPolygon', coordinates: [speck.coordinates, square(0, 0, 4).coordinates] });
    expect(absolute(d)).toHaveLength(1);
  });

  it('writes lines (borders) open', () => {
    const line = { type: 'LineString' as const, coordinates: [[1.04, 2.2], [3.3, 4.4], [10, -2]] };
    const d = compactPath(line);
    expect(d.endsWith('z')).toBe(false);
    expect(absolute(d)[0]).toEqual([[1, 2], [3.5, 4.5], [10, -2]]);
  });
});
