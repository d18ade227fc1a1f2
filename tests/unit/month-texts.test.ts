/**
 * The month control's per-state texts (components/map/month-texts.ts) on the real timeline: stance
 * counts equal a recount of timeline.json's law arrays, counts and rates follow the month's numbers,
 * and Maryland in February 2026 is flagged as the law-vs-practice case the law issue describes.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthTexts } from '../../src/components/map/month-texts.ts';
import { monthValues } from '../../src/lib/timeline.ts';
import { lawWords } from '../../src/lib/law-words.ts';
import type { Timeline, Summary } from '../../data-pipeline/schema/records.ts';

const tl = JSON.parse(fs.readFileSync('public/data/timeline.json', 'utf8')) as Timeline;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const names = Object.fromEntries(summary.states.map((s) => [s.usps, [s.name, s.stance] as [string, string]]));
const nf = new Intl.NumberFormat('en-US');
const rf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const map = {
  locale: 'en-US', ab: [], mb: [], pb: [], max: 1, dc: false,
  pop: Object.fromEntries(summary.states.map((s) => [s.usps, s.population])),
  lc: Object.fromEntries(summary.states.map((s) => [s.usps, s.lawChanges])),
  cv: Object.fromEntries(summary.states.map((s) => [s.usps, [s.countiesWithSheriffAgreement, s.counties] as [number, number]])),
  tpl: { label: '{name}', one: '{count} agreement', other: '{count} agreements', bm: 'J{jem} W{wso} T{tfm}', r: '{value} per 100k', sentence: '', caption: '' },
};
const at = (month: string) => {
  const i = tl.months.indexOf(month);
  expect(i, month).toBeGreaterThanOrEqual(0);
  return { i, ...monthTexts({ tl, i, v: monthValues(tl, i), names, map, words: lawWords('en'), count: (n) => (n === 1 ? `${n} agreement` : `${nf.format(n)} agreements`), nf, rf }) };
};

describe('monthTexts', () => {
  it("counts each stance as the timeline's law arrays say, every month", () => {
    for (const month of tl.months) {
      const { i, stanceCounts } = at(month);
      const recount: Record<string, number> = {};
      for (const usps of Object.keys(names)) {
        const law = tl.law[usps]?.[i];
        const key = !law ? 'none' : law.stance ?? 'unknown';
        recount[key] = (recount[key] ?? 0) + 1;
      }
      for (const [k, n] of Object.entries(recount)) expect(stanceCounts[k], `${month} ${k}`).toBe(n);
      expect(Object.values(stanceCounts).reduce((a, b) => a + b, 0)).toBe(Object.keys(names).length);
    }
  });

  it("writes the month's count, models and rate for Texas", () => {
    const { i, per, rates } = at('2025-06');
    const n = tl.states.TX![i]!;
    expect(per.TX!.count).toBe(`${nf.format(n)} agreements`);
    expect(per.TX!.byModel).toBe(`J${tl.stateModels.TX!.JEM[i]} W${tl.stateModels.TX!.WSO[i]} T${tl.stateModels.TX!.TFM[i]}`);
    const pop = summary.states.find((s) => s.usps === 'TX')!.population!;
    expect(rates.TX).toBeCloseTo((n / pop) * 1e5, 2);
    expect(per.TX!.agencies).toBe('');
  });

  it('flags a state whose law restricts agreements while the sheet lists some (Maryland, February 2026)', () => {
    const { i, per } = at('2026-02');
    expect(Boolean(tl.mismatch.MD?.[i])).toBe(per.MD!.flagged);
    expect(per.MD!.lawAt).toMatch(/^State law on /);
  });
});
