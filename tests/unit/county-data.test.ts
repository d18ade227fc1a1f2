import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchAgencies } from '../../src/lib/explorer/county-data.ts';
import { agencyPoints, countyFeatures } from '../../src/lib/explorer/lonlat-counties.ts';
import type { AgencyIndex } from '../../data-pipeline/schema/records.ts';

const topo = JSON.parse(fs.readFileSync('public/data/counties/tx.topojson', 'utf8'));
const counts = JSON.parse(fs.readFileSync('public/data/county-counts.json', 'utf8'));
const index = JSON.parse(fs.readFileSync('public/data/agency-index.json', 'utf8')) as AgencyIndex;

describe('explorer data', () => {
  const fc = countyFeatures(topo, counts);
  it('joins the pipeline county counts onto every Texas county', () => {
    expect(fc.features).toHaveLength(254);
    const tarrant = fc.features.find((f) => f.properties.fips === '48439')!.properties;
    expect(tarrant).toMatchObject({ name: 'Tarrant', agreements: counts['48439'].agreements, agencies: counts['48439'].agencies });
    expect(fc.features.reduce((n, f) => n + f.properties.agreements, 0)).toBe(
      Object.entries(counts).filter(([k]) => k.startsWith('48')).reduce((n, [, c]) => n + (c as { agreements: number }).agreements, 0),
    );
  });
  it('places agencies inside Texas and spreads agencies of one county apart', () => {
    const pts = agencyPoints(index.filter((a) => a[2] === 'TX'), fc);
    const placed = pts.filter((p) => p.position);
    for (const p of placed) {
      expect(p.position![0]).toBeGreaterThan(-107);
      expect(p.position![0]).toBeLessThan(-93);
    }
    expect(new Set(placed.map((p) => p.position!.join())).size).toBe(placed.length);
  });
  it('finds agencies by name regardless of case and accents', () => {
    expect(searchAgencies(index, 'harrison county sheriff').map((a) => a[2]).sort()).toEqual(['MS', 'TX', 'WV']);
    expect(searchAgencies(index, 'x')).toEqual([]);
    const keller = searchAgencies(index, 'KELLER POLICE');
    expect(keller[0]).toMatchObject(['tx-keller-police-department', 'Keller Police Department', 'TX', '48439', 'municipal', 'WSO']);
  });
});
