/** data-pipeline/steps/check-law-claims.ts: law claims judged against a made-up dated policy table. */
import { describe, expect, it } from 'vitest';
import { checkLaw, publicationDay, type LawInput } from '../../data-pipeline/steps/check-law-claims.ts';
import type { Period } from '../../data-pipeline/steps/law-at-date.ts';
import type { ClaimEntry } from '../../data-pipeline/schema/claims.ts';
import type { StateEntry } from '../../data-pipeline/schema/policy.ts';

describe('publicationDay', () => {
  it('keeps a day, and reads a month as its last day (leap years included)', () => {
    expect(publicationDay('2026-02-06')).toBe('2026-02-06');
    expect(publicationDay('2026-02')).toBe('2026-02-28');
    expect(publicationDay('2024-02')).toBe('2024-02-29');
    expect(publicationDay('2025-12')).toBe('2025-12-31');
    expect(publicationDay('2025-04')).toBe('2025-04-30');
  });
});

const p = (stance: Period['stance'], from: string | null, to: string | null): Period => ({ stance, from, to, because: null });
const measure = (over: object) => ({ name: 'Act', kind: 'statute', status: 'enacted', signed: null, effective: null, ...over });
const REVIEWED = '2026-11-30';
const input: LawInput = {
  reviewed: REVIEWED,
  periods: new Map([
    ['CA', [p('prohibit', null, null)]],
    ['TX', [p('encourage', null, '2017-08-31'), p('mandate', '2017-09-01', null)]],
    // New Mexico's ban: signed in February, in effect from May 20.
    ['NM', [p('none', null, '2026-05-19'), p('prohibit', '2026-05-20', null)]],
    // Oregon's ban: signed only in March, after a February story.
    ['OR', [p('none', null, '2026-05-19'), p('prohibit', '2026-05-20', null)]],
    // New York: the table does not date the change from none to limit.
    ['NY', [p('none', null, null), p('limit', null, null)]],
    ['LA', [p('encourage', null, '2026-03-31'), p('mandate', '2026-04-01', null)]],
    ['GA', [p('encourage', null, '2024-12-31'), p('mandate', '2025-01-01', null)]],
  ]),
  states: new Map([
    ['NM', { measures: [measure({ name: 'HB 9', signed: '2026-02-15', effective: '2026-05-20' })] }],
    ['OR', { measures: [measure({ name: 'SB 1', signed: '2026-03-10', effective: '2026-05-20' })] }],
    ['TX', { measures: [measure({ name: 'SB 4 (2017)', signed: '2017-05-07', effective: '2017-09-01' })] }],
    ['LA', { measures: [measure({ name: 'EO 1', kind: 'executive_order', signed: '2026-01-15', effective: '2026-01-15' })] }],
    ['GA', { measures: [measure({ name: 'EO 2', kind: 'executive_order', signed: '2025-02-01', effective: '2025-02-01' })] }],
  ]) as unknown as Map<string, StateEntry>,
  measureNamesEs: new Map([['NM', ['Ley HB 9']]]),
};
const claim = (figures: ClaimEntry['figures'], metric: string, published = '2026-02'): ClaimEntry =>
  ({ id: 'x', claim: 'c', figures, publisher: 'p', published, attributed_to: 'a', check: { kind: 'law', metric } }) as ClaimEntry;
const judged = (c: ClaimEntry) => checkLaw(c, input).map((l) => [l.state, l.claimed, l.verdict, l.rule, l.measure?.name ?? null]);

describe('checkLaw', () => {
  it('restricting claims: in force, took effect later (signed by the date), or not in force', () => {
    expect(judged(claim({ states: ['CA', 'NM', 'OR', 'TX'] }, 'states that ban 287(g)'))).toEqual([
      ['CA', 'restricts', 'matches', 'in-force', null],
      ['NM', 'restricts', 'close', 'took-effect-later', 'HB 9'],
      ['OR', 'restricts', 'differs', 'not-in-force', null],
      ['TX', 'restricts', 'differs', 'not-in-force', null],
    ]);
    const nm = checkLaw(claim({ states: ['NM'] }, 'ban'), input)[0]!;
    expect(nm).toMatchObject({ date: '2026-02-28', atDate: { stance: 'none' }, today: 'prohibit', measure: { nameEs: 'Ley HB 9', signed: '2026-02-15', effective: '2026-05-20' } });
  });

  it('a story dated after the law took effect matches it, naming the measure in force', () => {
    expect(judged(claim({ states: ['NM'] }, 'ban', '2026-06-01'))).toEqual([['NM', 'restricts', 'matches', 'in-force', 'HB 9']]);
  });

  it('mandate claims need a mandate in force; the measure is the one that took effect on its start', () => {
    expect(judged(claim({ states: ['TX', 'LA'] }, 'states with a mandate'))).toEqual([
      ['TX', 'mandate', 'matches', 'in-force', 'SB 4 (2017)'],
      ['LA', 'mandate', 'differs', 'not-in-force', null],
    ]);
  });

  it('an undated change cannot be judged, unless both sides agree with the claim', () => {
    expect(judged(claim({ states: ['NY'] }, 'ban'))).toEqual([['NY', 'restricts', 'uncheckable', 'date-unknown', null]]);
    // On or after the review date the table vouches for today's stance.
    expect(judged(claim({ states: ['NY'] }, 'ban', '2026-12-01'))).toEqual([['NY', 'restricts', 'matches', 'in-force', null]]);
  });

  it('proposals: right while no ban is in force', () => {
    expect(judged(claim({ proposed: ['OR', 'CA', 'NY'] }, 'bills'))).toEqual([
      ['OR', 'proposed', 'matches', 'not-in-force', null],
      ['CA', 'proposed', 'differs', 'in-force', null],
      ['NY', 'proposed', 'uncheckable', 'date-unknown', null],
    ]);
  });

  it('executive orders named in the metric: only a mandate in force when signed binds local agencies', () => {
    const [la] = checkLaw(claim({ agencies: 5 }, 'Louisiana’s executive order directs local agencies'), input);
    expect(la).toMatchObject({ state: 'LA', claimed: 'order', verdict: 'differs', rule: 'not-in-force', date: '2026-01-15', atDate: { stance: 'encourage' } });
    const [ga] = checkLaw(claim({}, 'GA order'), input);
    expect(ga).toMatchObject({ state: 'GA', verdict: 'matches', rule: 'in-force', date: '2025-02-01', measure: { name: 'EO 2' } });
    // No order signed by the publication date: a gap.
    expect(judged(claim({}, 'Louisiana order', '2025-12'))).toEqual([['LA', 'order', 'differs', 'gap', null]]);
  });
});
