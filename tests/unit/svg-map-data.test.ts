/**
 * The explorer's build-time SVG map files (src/lib/explorer/svg-map-data.ts), checked against the
 * pipeline's own outputs in public/data: every county with its counts, every agency of the state in
 * the list once, dots inside the fitted viewBox.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgStateMap } from '../../src/lib/explorer/svg-map-data.ts';
import type { AgencyIndex, CountyCounts } from '../../data-pipeline/schema/records.ts';

const read = (f: string) => JSON.parse(fs.readFileSync(`public/data/${f}`, 'utf8'));
const counts = read('county-counts.json') as CountyCounts;
const index = read('agency-index.json') as AgencyIndex;
const states = (read('summary.json') as { states: Array<{ usps: string; fips: string; stance: string }> }).states;

describe('explorer SVG map files', () => {
  const topo = read('counties/tx.topojson');
  const tx = svgStateMap(topo, counts, index, states, 'tx');

  it('has every Texas county once, A–Z, with the pipeline counts', () => {
    const ids = (topo.objects.counties.geometries as Array<{ id: string }>).map((g) => String(g.id));
    expect(tx.counties.map((c) => c[0]).sort()).toEqual([...ids].sort());
    const names = tx.counties.map((c) => c[1]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const [fips, , d, agreements, agencies, jem, wso, tfm] of tx.counties) {
      const c = counts[fips];
      expect(d).toMatch(/^m[\d.]/);
      expect([agreements, agencies, jem, wso, tfm]).toEqual(c ? [c.agreements, c.agencies, c.byModel.JEM, c.byModel.WSO, c.byModel.TFM] : [0, 0, 0, 0, 0]);
    }
  });

  it('lists every Texas agency once, by name, with a dot inside the viewBox when it has a county', () => {
    const want = index.filter((a) => a[2] === 'TX');
    expect(tx.agencies.map((a) => a[0]).sort()).toEqual(want.map((a) => a[0]).sort());
    const names = tx.agencies.map((a) => a[1]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const withCounty = new Set(want.filter((a) => a[3]).map((a) => a[0]));
    for (const a of tx.agencies) {
      expect(a.length === 6).toBe(withCounty.has(a[0]));
      if (a.length === 6) {
        expect(a[4]).toBeGreaterThanOrEqual(0);
        expect(a[4]).toBeLessThanOrEqual(tx.width);
        expect(a[5]).toBeGreaterThanOrEqual(0);
        expect(a[5]).toBeLessThanOrEqual(tx.height);
      }
    }
  });

  it('fits the width and takes the height from the state: Texas about square, California tall', () => {
    expect(tx.width).toBe(800);
    expect(tx.height / tx.width).toBeGreaterThan(0.85);
    expect(tx.height / tx.width).toBeLessThan(1.1);
    const ca = svgStateMap(read('counties/ca.topojson'), counts, index, states, 'ca');
    expect(ca.height / ca.width).toBeGreaterThan(1.4);
    expect(tx.outlines).toEqual([[states.find((s) => s.usps === 'TX')!.stance, expect.stringMatching(/^m[\d.]/)]]);
  });
});
