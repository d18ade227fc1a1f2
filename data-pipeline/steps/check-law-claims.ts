/**
 * Law claims checked against the dated policy table: the stance in force on the publication date
 * (a month means its last day), today's stance, and the enacted measure behind either. A law signed
 * by the publication date that took effect after it is "close: took effect later".
 */
import type { StateEntry } from '../schema/policy.ts';
import type { ClaimEntry, LawCheck } from '../schema/claims.ts';
import { lawAt, restricts, type Period } from './law-at-date.ts';
import type { Judgement } from './verdicts.ts';
import { statesNamed } from './sheet-facts.ts';

export interface LawInput {
  periods: Map<string, Period[]>;
  reviewed: string;
  states: Map<string, StateEntry>;
  /** Spanish measure names per state, in the table's order (null where the name needs none). */
  measureNamesEs: Map<string, Array<string | null>>;
}

/** The day a publication date stands for: the date itself, or the last day of its month. */
export function publicationDay(published: string): string {
  if (published.length === 10) return published;
  const [y, m] = published.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

type Claimed = LawCheck['claimed'];

function measureFor(x: LawInput, usps: string, pick: (m: StateEntry['measures'][number]) => boolean): LawCheck['measure'] {
  const ms = x.states.get(usps)?.measures ?? [];
  const i = ms.findIndex((m) => m.status.startsWith('enacted') && pick(m));
  if (i < 0) return null;
  const m = ms[i]!;
  return { name: m.name, nameEs: x.measureNamesEs.get(usps)?.[i] ?? m.name, signed: m.signed, effective: m.effective };
}

/** The first dated change after `date`, if the table has one. */
const nextChange = (ps: Period[], date: string) => ps.find((p) => p.from !== null && p.from > date);

function judge(x: LawInput, usps: string, claimed: Claimed, date: string): LawCheck {
  const ps = x.periods.get(usps);
  if (!ps) throw new Error(`internal: no policy periods for ${usps}`);
  const atDate = lawAt(ps, date, x.reviewed);
  const today = ps.at(-1)!.stance;
  const inForce = ps.findLast((p) => p.from !== null && p.from <= date);
  const holds = (stance: LawCheck['today'] | null, from?: LawCheck['today'] | null, to?: LawCheck['today']) =>
    claimed === 'mandate' ? stance === 'mandate' : restricts(stance !== null ? { stance } : { stance: null, from: from ?? null, to: to!, since: null });
  const base = { state: usps, claimed, date, atDate, today };
  const result = (j: Judgement, measure: LawCheck['measure']): LawCheck => ({ ...base, ...j, measure });
  const effectiveOn = (d: string | null | undefined) => (m: { effective: string | null }) => d != null && m.effective === d;

  if (claimed === 'proposed') {
    // A proposal: right if no ban was in force yet on the date.
    if (atDate.stance === null) return result({ verdict: 'uncheckable', rule: 'date-unknown' }, null);
    return result(atDate.stance === 'prohibit' ? { verdict: 'differs', rule: 'in-force' } : { verdict: 'matches', rule: 'not-in-force' }, null);
  }
  if (claimed === 'order') {
    // An executive order "directing local agencies": only a mandate in force when it was signed binds them.
    const order = measureFor(x, usps, (m) => m.kind === 'executive_order' && m.signed !== null && m.signed <= date);
    if (!order) return result({ verdict: 'differs', rule: 'gap' }, null);
    const then = lawAt(ps, order.signed!, x.reviewed);
    return { ...result(then.stance === 'mandate' ? { verdict: 'matches', rule: 'in-force' } : { verdict: 'differs', rule: 'not-in-force' }, order), atDate: then, date: order.signed! };
  }
  if (atDate.stance === null ? holds(null, atDate.from, atDate.to) : holds(atDate.stance)) {
    return result({ verdict: 'matches', rule: 'in-force' }, measureFor(x, usps, effectiveOn(inForce?.from)));
  }
  if (atDate.stance === null) return result({ verdict: 'uncheckable', rule: 'date-unknown' }, null);
  const later = nextChange(ps, date);
  if (later && holds(later.stance)) {
    const m = measureFor(x, usps, effectiveOn(later.from));
    if (m?.signed && m.signed <= date) return result({ verdict: 'close', rule: 'took-effect-later' }, m);
  }
  return result({ verdict: 'differs', rule: 'not-in-force' }, null);
}

/** Every state the claim names, judged; states come from the figures, else from the metric's words. */
export function checkLaw(claim: ClaimEntry, x: LawInput): LawCheck[] {
  const date = publicationDay(claim.published);
  const lists = Object.entries(claim.figures).filter((e): e is [string, string[]] => Array.isArray(e[1]));
  if (lists.length === 0) return statesNamed(claim.check.metric).map((u) => judge(x, u, 'order', date));
  return lists.flatMap(([key, codes]) => {
    const claimed: Claimed = key === 'proposed' ? 'proposed' : /\bmandate\b/.test(claim.check.metric) ? 'mandate' : 'restricts';
    return codes.map((u) => judge(x, u, claimed, date));
  });
}
