/** src/lib/map/geometry.ts: the national map's state shapes, label points and box, from the real topology. */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { stateShapes } from '@lib/map/geometry.ts';
import type { Summary } from '@schema/records.ts';

const topo = JSON.parse(fs.readFileSync('public/data/states-albers.topojson', 'utf8')) as Topology;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const { shapes, borders, viewBox } = stateShapes(topo);
const by = new Map(shapes.map((s) => [s.usps, s]));

it('one shape per state and DC, with the FIPS and names of summary.json', () => {
  expect(shapes).toHaveLength(51);
  for (const s of summary.states) expect(by.get(s.usps), s.usps).toMatchObject({ fips: s.fips, name: s.name });
  for (const s of shapes) expect(s.d.length, s.usps).toBeGreaterThan(10);
  expect(borders.length).toBeGreaterThan(1000);
});

it('areas order the states as land area does (Albers is equal-area; AK is an inset)', () => {
  expect(by.get('TX')!.area).toBeGreaterThan(by.get('CA')!.area);
  expect(by.get('CA')!.area).toBeGreaterThan(by.get('NY')!.area);
  expect(by.get('NY')!.area).toBeGreaterThan(by.get('RI')!.area);
  expect(by.get('RI')!.area).toBeGreaterThan(by.get('DC')!.area);
});

it('label points sit inside the box, hand-placed where the centroid lands badly', () => {
  const [x, y, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
  const [bx0, by0, bx1, by1] = topo.bbox!;
  expect([x, y, w, h]).toEqual([bx0 - 4, by0 - 4, bx1 - bx0 + 8, by1 - by0 + 8].map(Math.round));
  expect(x).toBeLessThan(0); // the Aleutians reach left of 0
  for (const s of shapes) {
    expect(s.cx, s.usps).toBeGreaterThan(x);
    expect(s.cx, s.usps).toBeLessThan(x + w);
    expect(s.cy, s.usps).toBeGreaterThan(y);
    expect(s.cy, s.usps).toBeLessThan(y + h);
  }
  expect([by.get('FL')!.cx, by.get('FL')!.cy]).toEqual([792, 528]);
  // West of Florida's anchor, east of Texas: Louisiana's point between them.
  expect(by.get('LA')!.cx).toBeGreaterThan(by.get('TX')!.cx);
  expect(by.get('LA')!.cx).toBeLessThan(by.get('FL')!.cx);
  expect(by.get('ME')!.cx).toBeGreaterThan(by.get('NH')!.cx);
  expect(by.get('WA')!.cy).toBeLessThan(by.get('CA')!.cy);
});
