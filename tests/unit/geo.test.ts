import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, STATES_AND_DC, byFips } from '../../data-pipeline/schema/geo.ts';

const atlas = (f: string) => JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve(`us-atlas/${f}`), 'utf8'));

describe('reference table vs us-atlas', () => {
  it('names every us-atlas state the same way, with the same FIPS', () => {
    for (const f of ['states-10m.json', 'states-albers-10m.json']) {
      const geoms = atlas(f).objects.states.geometries as Array<{ id: string; properties: { name: string } }>;
      for (const g of geoms) {
        const j = byFips.get(g.id);
        expect(j, `${f} ${g.id}`).toBeDefined();
        // Territory names follow ICE's spelling ("Northern Mariana Islands"); states must agree exactly.
        if (!j!.territory) expect(j!.name, `${f} ${g.id}`).toBe(g.properties.name);
      }
    }
  });
  it('draws the 50 states and DC in the Albers file, and no territory', () => {
    const ids = atlas('states-albers-10m.json').objects.states.geometries.map((g: { id: string }) => g.id).sort();
    expect(ids).toEqual(STATES_AND_DC.map((s) => s.fips).sort());
    expect(JURISDICTIONS.filter((j) => j.territory).every((j) => !ids.includes(j.fips))).toBe(true);
  });
});
