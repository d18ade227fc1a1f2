/**
 * How tightly a state page must be set to print on one sheet. The law section is the part that
 * varies (from no measures to five with sixteen sources); pages with many measures and sources get
 * the compact print layout (a shorter chart, smaller law text), the rest keep the roomy one.
 */
import type { StateDetail } from '@schema/records.ts';

/** Measures count double: each adds a name and a dates line, a source adds one line. */
export const DENSE_PRINT_WEIGHT = 13;
/** The longest law sections (Florida, Colorado) need smaller type still, in Spanish especially. */
export const DENSEST_PRINT_WEIGHT = 20;

export function printDensity(detail: StateDetail): 'densest' | 'dense' | 'roomy' {
  const m = detail.policy.measures;
  const weight = m.length * 2 + m.reduce((n, x) => n + x.sources.length, 0);
  return weight >= DENSEST_PRINT_WEIGHT ? 'densest' : weight >= DENSE_PRINT_WEIGHT ? 'dense' : 'roomy';
}
