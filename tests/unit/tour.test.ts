/** src/lib/tour.ts: the presentation tour is derived from summary.json, checked against a recount. */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { tourSteps } from '@lib/tour.ts';
import type { StateSummary, Summary } from '@schema/records.ts';

const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const st = (usps: string, name: string, stance: StateSummary['stance'], agreements: number) => ({ usps, name, stance, agreements }) as StateSummary;

it('on the real data: overview, mandate and prohibit states by name, the five largest, then the three largest alone', () => {
  const steps = tourSteps(summary);
  const names = new Map(summary.states.map((s) => [s.usps, s.name]));
  const byStance = (k: string) => summary.states.filter((s) => s.stance === k).map((s) => s.usps);
  // Largest first by picking the maximum repeatedly (ties by name), not by sorting.
  const left = summary.states.filter((s) => s.agreements > 0);
  const largest: string[] = [];
  while (largest.length < 5 && left.length) {
    const best = left.reduce((a, b) => (b.agreements > a.agreements || (b.agreements === a.agreements && b.name < a.name) ? b : a));
    largest.push(best.usps);
    left.splice(left.indexOf(best), 1);
  }
  expect(steps[0]).toEqual({ kind: 'overview', states: [] });
  const mandate = steps.find((s) => s.kind === 'mandate')!;
  expect(new Set(mandate.states)).toEqual(new Set(byStance('mandate')));
  expect(mandate.states.map((u) => names.get(u)!)).toEqual(mandate.states.map((u) => names.get(u)!).sort());
  expect(new Set(steps.find((s) => s.kind === 'prohibit')!.states)).toEqual(new Set(byStance('prohibit')));
  expect(steps.find((s) => s.kind === 'top')!.states).toEqual(largest);
  expect(steps.filter((s) => s.kind === 'state').map((s) => s.states[0])).toEqual(largest.slice(0, 3));
  expect(steps).toHaveLength(1 + 2 + 1 + 3);
});

it('leaves out empty steps and never tours a state with no agreement', () => {
  const steps = tourSteps({ states: [st('AA', 'Alpha', 'none', 0), st('BB', 'Beta', 'limit', 2)] });
  expect(steps).toEqual([{ kind: 'overview', states: [] }, { kind: 'top', states: ['BB'] }, { kind: 'state', states: ['BB'] }]);
  expect(tourSteps({ states: [st('AA', 'Alpha', 'none', 0)] })).toEqual([{ kind: 'overview', states: [] }]);
});

it('breaks ties in agreements by name, and honours topN and singles', () => {
  const states = [st('ZZ', 'Zulu', 'mandate', 5), st('YY', 'Yankee', 'mandate', 5), st('XX', 'Xray', 'prohibit', 9)];
  const steps = tourSteps({ states }, 2, 1);
  expect(steps).toEqual([
    { kind: 'overview', states: [] },
    { kind: 'mandate', states: ['YY', 'ZZ'] },
    { kind: 'prohibit', states: ['XX'] },
    { kind: 'top', states: ['XX', 'YY'] },
    { kind: 'state', states: ['XX'] },
  ]);
});
