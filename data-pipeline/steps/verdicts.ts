/**
 * The verdict rules, in code so they are tested rather than described: a published figure against
 * the number on an ICE sheet is "matches" when equal, "close" when within 1% or when a named rule
 * explains the gap (a header row counted as a record, territories counted as states, two digits
 * swapped, an earlier sheet), else "differs". Pure functions.
 */
import type { Rule, Verdict } from '../schema/claims.ts';

export interface Judgement {
  verdict: Verdict;
  rule: Rule;
}

/** Two adjacent digits swapped: 324 for 342. Equal numbers are not a swap. */
export function digitsSwapped(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return false;
  const diff = [...x].flatMap((c, i) => (c !== y[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

export interface CountContext {
  /** The sheet's data rows, when the figure is a count of rows (a header row may have been counted). */
  rows?: number;
  /** Territories on the sheet, when the figure counts states (they may have been counted as states). */
  territories?: number;
}

/** A published count against one sheet's number. The order of the rules is the order of preference. */
export function judgeCount(published: number, ice: number, ctx: CountContext = {}): Judgement {
  if (published === ice) return { verdict: 'matches', rule: 'equal' };
  if (ctx.rows !== undefined && ice === ctx.rows && published === ctx.rows + 1) return { verdict: 'close', rule: 'header-row' };
  if (ctx.territories && published === ice + ctx.territories) return { verdict: 'close', rule: 'territories' };
  if (Math.abs(published - ice) <= 0.01 * ice) return { verdict: 'close', rule: 'within-1pct' };
  if (digitsSwapped(published, ice)) return { verdict: 'close', rule: 'digits-swapped' };
  return { verdict: 'differs', rule: 'gap' };
}

/** "More than X": matches above the threshold, close within 1 percentage point under it. */
export function judgeShareOver(threshold: number, share: number): Judgement {
  if (share > threshold) return { verdict: 'matches', rule: 'equal' };
  if (threshold - share <= 0.01) return { verdict: 'close', rule: 'within-1pt' };
  return { verdict: 'differs', rule: 'gap' };
}

const RANK: Record<Verdict, number> = { matches: 0, close: 1, differs: 2, uncheckable: 3 };

/**
 * One figure judged on several sheets: the best sheet wins (later sheets win ties). When the claim is
 * "as of" a date and the figure only matches an earlier sheet of the window, it is close, not a match.
 */
export function bestOf<T extends Judgement & { date: string }>(values: T[], asOf: string | null): (T & Judgement) | null {
  let best: T | null = null;
  for (const x of values) if (!best || RANK[x.verdict] < RANK[best.verdict] || (RANK[x.verdict] === RANK[best.verdict] && x.date >= best.date)) best = x;
  if (!best) return null;
  if (best.verdict === 'matches' && asOf !== null && best.date < asOf) return { ...best, verdict: 'close', rule: 'earlier-sheet' };
  return best;
}

/** A claim's verdict: its weakest checked part; "cannot be checked" only when no part can be. */
export function overall(parts: Judgement[]): Judgement {
  const checked = parts.filter((p) => p.verdict !== 'uncheckable');
  if (checked.length === 0) return parts[0] ?? { verdict: 'uncheckable', rule: 'not-in-sheets' };
  return checked.reduce((w, p) => (RANK[p.verdict] > RANK[w.verdict] ? p : w));
}
