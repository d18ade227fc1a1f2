/**
 * Classroom helpers: the QR path covers exactly the dark modules uqr encodes (so the printed code is
 * the library's code), and the compare page's ?states= parsing keeps 2–4 distinct known codes and
 * names what it ignored.
 */
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '@lib/qr.ts';
import { parseStates } from '@lib/compare-params.ts';

describe('qrPath', () => {
  it('draws exactly the dark modules uqr encodes, each once, at their own coordinates', () => {
    for (const url of ['https://example.org/graphics/ice-map/es/states/tx/', 'http://127.0.0.1:4321/']) {
      const { data, size } = encode(url, { ecc: 'M', border: 2 });
      const q = qrPath(url);
      expect(q.size).toBe(size);
      const want = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : [])));
      const drawn: string[] = [];
      const runs = [...q.d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
      expect(runs.map((m) => m[0]).join('')).toBe(q.d); // nothing in the path but unit-high runs
      for (const [, x, y, w, back] of runs) {
        expect(back).toBe(w);
        for (let i = 0; i < Number(w); i++) drawn.push(`${Number(x) + i},${y}`);
      }
      expect(drawn.length).toBe(new Set(drawn).size);
      expect(drawn.sort()).toEqual(want.sort());
      // Without the library: finder squares (dark ring, light ring, dark 3x3 core) sit top-left,
      // top-right and bottom-left only, as a reader expects; a mirrored code puts one bottom-right.
      const dark = new Set(drawn);
      const finderAt = (x0: number, y0: number) => [...Array(49).keys()].every((i) => {
        const [dx, dy] = [i % 7, Math.floor(i / 7)];
        const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
        return dark.has(`${x0 + dx},${y0 + dy}`) === (ring !== 2);
      });
      const far = size - 2 - 7;
      expect([finderAt(2, 2), finderAt(far, 2), finderAt(2, far), finderAt(far, far)]).toEqual([true, true, true, false]);
    }
  });
});

describe('parseStates', () => {
  const known = new Set(['TX', 'CA', 'NY', 'FL', 'GA']);
  it('accepts commas and repeated parameters, upper-cases, drops duplicates, keeps at most four', () => {
    expect(parseStates(new URLSearchParams('states=tx,ca&states=NY'), known)).toEqual({ valid: ['TX', 'CA', 'NY'], invalid: [], invalidMore: 0, extra: [] });
    expect(parseStates(new URLSearchParams('states=tx,tx,zz,ca,ny,fl,ga'), known)).toEqual({ valid: ['TX', 'CA', 'NY', 'FL'], invalid: ['ZZ'], invalidMore: 0, extra: ['GA'] });
    expect(parseStates(new URLSearchParams('states=<script>,'), known)).toEqual({ valid: [], invalid: ['<SCRIPT>'], invalidMore: 0, extra: [] });
    expect(parseStates(new URLSearchParams(''), known).valid).toEqual([]);
  });
  it('echoes at most five unknown codes, each cut to ten characters, and counts the rest', () => {
    const junk = Array.from({ length: 900 }, (_, i) => `code${i}`).join(',');
    const long = 'y'.repeat(8000);
    expect(parseStates(new URLSearchParams(`states=tx,${long},ca,${junk},${long}`), known)).toEqual({
      valid: ['TX', 'CA'],
      invalid: ['YYYYYYYYY…', 'CODE0', 'CODE1', 'CODE2', 'CODE3'],
      invalidMore: 896,
      extra: [],
    });
  });
});
