/**
 * The presentation tour, derived from summary.json (no hand-kept lists): the national total, the
 * states that mandate 287(g), the states that prohibit it, the five largest counts, then each of the
 * three largest on its own. Pure, no DOM: the browser module and the tests share it.
 */
import type { Summary } from '@schema/records.ts';

export type TourStep =
  | { kind: 'overview'; states: string[] }
  | { kind: 'mandate' | 'prohibit' | 'top'; states: string[] }
  | { kind: 'state'; states: [string] };

export function tourSteps(summary: Pick<Summary, 'states'>, topN = 5, singles = 3): TourStep[] {
  const byName = [...summary.states].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const top = [...summary.states].filter((s) => s.agreements > 0).sort((a, b) => b.agreements - a.agreements || a.name.localeCompare(b.name, 'en'));
  const steps: TourStep[] = [{ kind: 'overview', states: [] }];
  for (const kind of ['mandate', 'prohibit'] as const) {
    const states = byName.filter((s) => s.stance === kind).map((s) => s.usps);
    if (states.length) steps.push({ kind, states });
  }
  if (top.length) steps.push({ kind: 'top', states: top.slice(0, topN).map((s) => s.usps) });
  for (const s of top.slice(0, singles)) steps.push({ kind: 'state', states: [s.usps] });
  return steps;
}
