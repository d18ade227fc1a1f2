/** src/lib/map/scales.ts: class breaks, legend labels and circle sizes of the national map's views. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_BREAKS, MODEL_BREAKS, PER100K_BREAKS, circleRadius, classify, countLabels, isUnsettled, rateLabels, stateClasses,
} from '@lib/map/scales.ts';
import type { Summary } from '@schema/records.ts';

const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
/** The class by the definition "lower bounds of classes 1..4", counted from the top instead of the bottom. */
const classOf = (v: number, breaks: readonly number[]) => {
  for (let i = breaks.length - 1; i >= 0; i--) if (v >= breaks[i]!) return i + 1;
  return 0;
};

describe('classify', () => {
  it('puts each break value in its own class and the value just under it in the class below', () => {
    expect(classify(0, AGREEMENT_BREAKS)).toBe(0);
    for (const [i, b] of AGREEMENT_BREAKS.entries()) {
      expect(classify(b, AGREEMENT_BREAKS)).toBe(i + 1);
      expect(classify(b - 1, AGREEMENT_BREAKS)).toBe(i);
    }
    expect(classify(10_000, AGREEMENT_BREAKS)).toBe(4);
    expect(classify(0.0009, PER100K_BREAKS)).toBe(0);
    expect(classify(0.001, PER100K_BREAKS)).toBe(1);
    expect(classify(0.5, PER100K_BREAKS)).toBe(2);
  });

  it('agrees with the top-down definition for every state in summary.json', () => {
    for (const s of summary.states) {
      const c = stateClasses(s);
      expect(c.divide).toBe(s.stance);
      expect(c.agreements, s.usps).toBe(classOf(s.agreements, AGREEMENT_BREAKS));
      expect(c.per100k, s.usps).toBe(s.per100k === null ? null : classOf(s.per100k, PER100K_BREAKS));
      expect([c.jem, c.wso, c.tfm]).toEqual([s.byModel.JEM, s.byModel.WSO, s.byModel.TFM].map((v) => classOf(v, MODEL_BREAKS)));
      // Class 0 means exactly zero agreements.
      expect(c.agreements === 0, s.usps).toBe(s.agreements === 0);
    }
  });
});

describe('legend labels', () => {
  it('count labels cover the integers without gap or overlap', () => {
    expect(countLabels(AGREEMENT_BREAKS, String)).toEqual(['0', '1–9', '10–49', '50–149', '150+']);
    expect(countLabels(MODEL_BREAKS, String)).toEqual(['0', '1–4', '5–19', '20–49', '50+']);
    // A one-wide class is a single number, not "1–1".
    expect(countLabels([1, 2, 5], String)).toEqual(['0', '1', '2–4', '5+']);
    expect(countLabels([1000, 5000], (n) => n.toLocaleString('en-US'))).toEqual(['0', '1,000–4,999', '5,000+']);
  });

  it('rate labels use the formatter and the translated "under" word', () => {
    expect(rateLabels(String, (n) => `under ${n}`)).toEqual(['0', 'under 0.5', '0.5–1', '1–2', '2+']);
    expect(rateLabels((n) => String(n).replace('.', ','), (n) => `menos de ${n}`)[1]).toBe('menos de 0,5');
  });
});

describe('circleRadius', () => {
  it('makes area proportional to agreements, with a visible minimum and nothing for zero', () => {
    expect(circleRadius(0, 100)).toBe(0);
    expect(circleRadius(5, 0)).toBe(0);
    expect(circleRadius(100, 100)).toBe(40);
    expect(circleRadius(25, 100)).toBe(20);
    const r1 = circleRadius(64, 100);
    const r2 = circleRadius(16, 100);
    expect((r1 / r2) ** 2).toBeCloseTo(4, 10);
    expect(circleRadius(1, 10_000)).toBe(3.5);
    expect(circleRadius(50, 50, 10)).toBe(10);
  });
});

describe('isUnsettled', () => {
  it('flags exactly the states summary.json lists as unsettled', () => {
    expect(summary.states.filter(isUnsettled).map((s) => s.usps).sort()).toEqual([...summary.unsettled].sort());
  });
});
