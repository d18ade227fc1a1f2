/**
 * Class breaks for the national map's views (pure, no DOM). Each view maps a state to a class
 * 0..4; the page writes the classes into data attributes at build time and CSS colours them with
 * the tokens, so the client only switches which attribute is shown.
 */
import type { StateSummary } from '@schema/records.ts';
import { MODELS, type Model } from '@schema/codes.ts';
import { classify } from './classify.ts';

export const VIEWS = ['divide', 'agreements', 'per100k', 'share', 'model', 'law'] as const;
export type View = (typeof VIEWS)[number];

/** Lower bounds of classes 1..4; class 0 is exactly zero. */
export const AGREEMENT_BREAKS = [1, 10, 50, 150] as const;
export const MODEL_BREAKS = [1, 5, 20, 50] as const;
export const PER100K_BREAKS = [0.001, 0.5, 1, 2] as const;

export { classify };

/** Labels for the five classes of integer breaks: "0", "1–9", …, "150+". */
export function countLabels(breaks: readonly number[], fmt: (n: number) => string): string[] {
  const out = ['0'];
  for (let i = 0; i < breaks.length; i++) {
    const lo = breaks[i]!;
    const hi = breaks[i + 1];
    out.push(hi === undefined ? `${fmt(lo)}+` : hi - 1 === lo ? fmt(lo) : `${fmt(lo)}–${fmt(hi - 1)}`);
  }
  return out;
}

/** Labels for rate breaks: "0", "under 0.5", "0.5–1", "1–2", "2+" (the "under" word comes from i18n). */
export function rateLabels(fmt: (n: number) => string, under: (n: string) => string): string[] {
  const [, b1, b2, b3] = PER100K_BREAKS;
  return ['0', under(fmt(b1)), `${fmt(b1)}–${fmt(b2)}`, `${fmt(b2)}–${fmt(b3)}`, `${fmt(b3)}+`];
}

export const modelKey = (m: Model) => m.toLowerCase() as 'jem' | 'wso' | 'tfm';
export { MODELS };

/** Every per-view class of one state, ready for data-* attributes. */
export function stateClasses(s: StateSummary) {
  return {
    divide: s.stance,
    agreements: classify(s.agreements, AGREEMENT_BREAKS),
    per100k: s.per100k === null ? null : classify(s.per100k, PER100K_BREAKS),
    jem: classify(s.byModel.JEM, MODEL_BREAKS),
    wso: classify(s.byModel.WSO, MODEL_BREAKS),
    tfm: classify(s.byModel.TFM, MODEL_BREAKS),
  };
}

/** Circle radius (viewBox units) for the law × practice view: area proportional to agreements. */
export function circleRadius(agreements: number, max: number, maxRadius = 40): number {
  return agreements <= 0 || max <= 0 ? 0 : Math.max(3.5, Math.sqrt(agreements / max) * maxRadius);
}

export const isUnsettled = (s: StateSummary) => s.confidence === 'low' || s.possibleStance !== null;
