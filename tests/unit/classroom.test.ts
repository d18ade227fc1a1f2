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
  it('draws every dark module once and nothing else', () => {
    const url = 'https://example.org/graphics/ice-map/es/states/tx/';
    const { data, size } = encode(url, { ecc: 'M', border: 2 });
    const q = qrPath(url);
    expect(q.size).toBe(size);
    const dark = data.flat().filter(Boolean).length;
    const area = [...q.d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].reduce((n, m) => n + Number(m[3]), 0);
    expect(area).toBe(dark);
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
