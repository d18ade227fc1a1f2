/** src/lib/explorer/palette.ts: the county explorer's colours are the design tokens, one label per step. */
import { expect, it } from 'vitest';
import { COUNTY_STEP_LABELS, COUNTY_STEPS, DOT } from '@lib/explorer/palette.ts';
import { SEQ_COLORS, UI } from '../../src/styles/tokens.ts';
import { countLabels } from '@lib/map/scales.ts';

it('has one label per colour step in both themes, and labels that tile the counts 0, 1, 2–4, 5–9, 10+', () => {
  expect(COUNTY_STEPS.light).toHaveLength(COUNTY_STEP_LABELS.length);
  expect(COUNTY_STEPS.dark).toHaveLength(COUNTY_STEP_LABELS.length);
  expect(COUNTY_STEPS).toBe(SEQ_COLORS);
  // The same labels the national map's count legends would write for these breaks.
  expect([...COUNTY_STEP_LABELS]).toEqual(countLabels([1, 2, 5, 10], String));
});

it('draws dots in the text colour with a background-coloured ring, per theme', () => {
  for (const theme of ['light', 'dark'] as const) {
    expect(DOT[theme]).toEqual({ fill: UI[theme].text, stroke: UI[theme].bg });
    expect(DOT[theme].fill).toMatch(/^#[0-9a-f]{6}$/);
    expect(DOT[theme].fill).not.toBe(DOT[theme].stroke);
  }
});
