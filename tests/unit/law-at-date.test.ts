/**
 * The law in force on a date, from the real policy table: the dated changes the map must show, the
 * undated ones it must not guess, and the timelines that must agree with it day by day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDenylist, readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';
import { addDays, lawAt, lawChanges, periods, segments, historyProblems } from '../../data-pipeline/steps/law-at-date.ts';
import { lawDates } from '../../data-pipeline/steps/build-law.ts';
import { mismatchFor } from '../../data-pipeline/steps/summarize-states.ts';

const read = (rel: string) => fs.readFileSync(path.join(DEFAULT_SOURCES, rel), 'utf8');
const policy = readPolicy(POLICY.table, read(POLICY.table), POLICY.spanish, read(POLICY.spanish), readDenylist(read(POLICY.denylist)));
const R = policy.reviewed;
const at = (usps: string, date: string) => lawAt(periods(policy.states.get(usps)!), date, R);

describe('stance on a date (real table)', () => {
  it('TX: encourage on 2025-12-31, mandate from 2026-01-01 (SB 8)', () => {
    expect(at('TX', '2025-12-31')).toEqual({ stance: 'encourage' });
    expect(at('TX', '2026-01-01')).toEqual({ stance: 'mandate' });
  });
  it('MD: limit until 2026-02-16, prohibit from 2026-02-17', () => {
    expect(at('MD', '2026-02-13')).toEqual({ stance: 'limit' });
    expect(at('MD', '2026-02-16')).toEqual({ stance: 'limit' });
    expect(at('MD', '2026-02-17')).toEqual({ stance: 'prohibit' });
  });
  it('NM: not yet prohibit on the 2026-05-18 sheet (ban in effect 2026-05-20)', () => {
    expect(at('NM', '2026-05-18')).toEqual({ stance: 'none' });
    expect(at('NM', '2026-05-20')).toEqual({ stance: 'prohibit' });
  });
  it('AR: encourage before 2025-08-05, mandate from then (Act 654)', () => {
    expect(at('AR', '2019-07-23')).toEqual({ stance: 'none' });
    expect(at('AR', '2025-08-04')).toEqual({ stance: 'encourage' });
    expect(at('AR', '2025-08-05')).toEqual({ stance: 'mandate' });
  });
  it('IL and WA: the older steps to a ban', () => {
    expect(at('IL', '2017-08-27')).toEqual({ stance: 'none' });
    expect(at('IL', '2017-08-28')).toEqual({ stance: 'limit' });
    expect(at('IL', '2019-06-21')).toEqual({ stance: 'prohibit' });
    expect(at('WA', '2019-05-20')).toEqual({ stance: 'limit' });
    expect(at('WA', '2019-05-21')).toEqual({ stance: 'prohibit' });
  });
  it('ME: an undated change is "not known", never a guess, until the review date', () => {
    expect(at('ME', '2025-12-21')).toEqual({ stance: 'encourage' });
    expect(at('ME', '2026-05-18')).toEqual({ stance: null, from: 'limit', to: 'prohibit', since: null });
    expect(at('ME', R)).toEqual({ stance: 'prohibit' });
  });
  it('VA: before the table records its law, "not known" with the date its record starts', () => {
    expect(at('VA', '2025-01-19')).toEqual({ stance: null, from: null, to: 'encourage', since: '2025-02-27' });
    expect(at('VA', '2026-02-04')).toEqual({ stance: 'limit' });
  });
  it('MS: mandate only from 2026-07-01 (after the newest sheet)', () => {
    expect(at('MS', '2026-05-18')).toEqual({ stance: 'encourage' });
    expect(at('MS', '2026-07-01')).toEqual({ stance: 'mandate' });
  });
  it('every state on the review date is its table stance', () => {
    for (const [u, e] of policy.states) expect(at(u, R), u).toEqual({ stance: e.stance });
  });
});

describe('timelines agree with the daily answer', () => {
  it('segments cover 2017 to the review date without gaps and match lawAt on every day', () => {
    for (const [u, e] of policy.states) {
      const ps = periods(e);
      const segs = segments(ps, R);
      expect(segs[0]!.from, u).toBe('2017-01-01');
      expect(segs.at(-1)!.to, u).toBe(R);
      segs.forEach((s, i) => {
        if (i > 0) expect(s.from, u).toBe(addDays(segs[i - 1]!.to, 1));
        for (const d of [s.from, s.to]) {
          const l = lawAt(ps, d, R);
          expect(l.stance, `${u} ${d}`).toBe(s.stance);
        }
      });
    }
  });
  it('lists dated and undated changes', () => {
    expect(lawChanges(periods(policy.states.get('TX')!)).at(-1)).toEqual({ date: '2026-01-01', from: 'encourage', to: 'mandate' });
    expect(lawChanges(periods(policy.states.get('NY')!)).at(-1)).toEqual({ date: null, from: 'limit', to: 'prohibit' });
  });
  it('a month shows the law on its own sheet date, else its last day, never past the review date', () => {
    expect(lawDates(['2026-05', '2026-06', '2026-11'], ['2026-05-18', '2026-05-18', '2026-05-18'], '2026-11-30')).toEqual(['2026-05-18', '2026-06-30', '2026-11-30']);
    expect(lawDates(['2026-12'], ['2026-05-18'], '2026-11-30')).toEqual(['2026-11-30']);
  });
  it('finds no problem in the real histories and names one in a broken history', () => {
    for (const e of policy.states.values()) expect(historyProblems(e), e.state).toEqual([]);
    const e = policy.states.get('TX')!;
    expect(historyProblems({ ...e, stance_since: '2026-01-02' })).toEqual([['stance_since', 'the day after the last history period ends (2026-01-01)']]);
  });
});

describe('law vs practice, judged by the law on the sheet date', () => {
  it('NM on the 2026-05-18 sheet is not a contradiction (the ban came two days later)', () => {
    expect(mismatchFor(at('NM', '2026-05-18'), 2, null)).toBeNull();
  });
  it('MD on 2026-02-27 (after its ban) with agreements is flagged; limit with agreements too', () => {
    expect(mismatchFor(at('MD', '2026-02-27'), 3, null)).toBe('restricts-with-agreements');
    expect(mismatchFor({ stance: 'limit' }, 1, null)).toBe('restricts-with-agreements');
    expect(mismatchFor({ stance: 'encourage' }, 5, null)).toBeNull();
  });
  it('an undated change between two restricting stances still restricts; to or from another does not', () => {
    expect(mismatchFor({ stance: null, from: 'limit', to: 'prohibit', since: null }, 14, null)).toBe('restricts-with-agreements');
    expect(mismatchFor({ stance: null, from: 'encourage', to: 'prohibit', since: null }, 1, null)).toBeNull();
  });
  it('a mandate with low county coverage is flagged only where coverage is known', () => {
    expect(mismatchFor({ stance: 'mandate' }, 65, { covered: 40, counties: 159 })).toBe('mandate-low-coverage');
    expect(mismatchFor({ stance: 'mandate' }, 65, null)).toBeNull();
  });
});
