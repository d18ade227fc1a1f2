/** The verdict rules of the news checks: each rule on the cases it exists for, and its edges. */
import { describe, expect, it } from 'vitest';
import { bestOf, digitsSwapped, judgeCount, judgeShareOver, overall } from '../../data-pipeline/steps/verdicts.ts';

describe('judgeCount', () => {
  it('matches only when equal', () => {
    expect(judgeCount(63, 63)).toEqual({ verdict: 'matches', rule: 'equal' });
  });
  it('names the header row when the figure is the rows plus one', () => {
    expect(judgeCount(1415, 1414, { rows: 1414 })).toEqual({ verdict: 'close', rule: 'header-row' });
    // Without the rows context the same gap is only "within 1%".
    expect(judgeCount(1415, 1414)).toEqual({ verdict: 'close', rule: 'within-1pct' });
  });
  it('names territories counted as states only when states plus territories give the figure', () => {
    expect(judgeCount(41, 39, { territories: 2 })).toEqual({ verdict: 'close', rule: 'territories' });
    expect(judgeCount(40, 39, { territories: 2 })).toEqual({ verdict: 'differs', rule: 'gap' });
  });
  it('calls a gap of at most 1% close and more than 1% a mismatch', () => {
    expect(judgeCount(101, 100)).toEqual({ verdict: 'close', rule: 'within-1pct' });
    expect(judgeCount(99, 100)).toEqual({ verdict: 'close', rule: 'within-1pct' });
    expect(judgeCount(102, 100)).toEqual({ verdict: 'differs', rule: 'gap' });
    expect(judgeCount(296, 301)).toEqual({ verdict: 'differs', rule: 'gap' });
  });
  it('names two swapped digits', () => {
    expect(judgeCount(324, 342)).toEqual({ verdict: 'close', rule: 'digits-swapped' });
  });
});

describe('digitsSwapped', () => {
  it('is true only for two adjacent digits exchanged', () => {
    expect(digitsSwapped(324, 342)).toBe(true);
    expect(digitsSwapped(1234, 1324)).toBe(true);
    expect(digitsSwapped(342, 342)).toBe(false);
    expect(digitsSwapped(1234, 4231)).toBe(false);
    expect(digitsSwapped(12, 123)).toBe(false);
    expect(digitsSwapped(324, 343)).toBe(false);
  });
});

describe('judgeShareOver', () => {
  it('"more than half": above matches, within one point under is close, exactly half is not a match', () => {
    expect(judgeShareOver(0.5, 0.51).verdict).toBe('matches');
    expect(judgeShareOver(0.5, 682 / 1378)).toEqual({ verdict: 'close', rule: 'within-1pt' });
    expect(judgeShareOver(0.5, 0.5)).toEqual({ verdict: 'close', rule: 'within-1pt' });
    expect(judgeShareOver(0.5, 0.485)).toEqual({ verdict: 'differs', rule: 'gap' });
  });
});

describe('bestOf and overall', () => {
  const at = (date: string, verdict: 'matches' | 'close' | 'differs', rule: 'equal' | 'within-1pct' | 'gap') => ({ date, verdict, rule });
  it('takes the best sheet, the later one on a tie', () => {
    expect(bestOf([at('2026-02-06', 'close', 'within-1pct'), at('2026-02-13', 'differs', 'gap')], null)?.date).toBe('2026-02-06');
    expect(bestOf([at('2026-02-06', 'matches', 'equal'), at('2026-02-13', 'matches', 'equal')], null)?.date).toBe('2026-02-13');
  });
  it('calls a match on a sheet earlier than the "as of" date close (earlier sheet)', () => {
    expect(bestOf([at('2026-02-02', 'matches', 'equal'), at('2026-02-06', 'close', 'within-1pct')], '2026-02-06')).toMatchObject({ verdict: 'close', rule: 'earlier-sheet', date: '2026-02-02' });
    expect(bestOf([at('2026-02-06', 'matches', 'equal')], '2026-02-06')).toMatchObject({ verdict: 'matches', rule: 'equal' });
  });
  it('gives a claim its weakest checked part; cannot be checked only when nothing can', () => {
    expect(overall([{ verdict: 'matches', rule: 'equal' }, { verdict: 'differs', rule: 'gap' }]).verdict).toBe('differs');
    expect(overall([{ verdict: 'uncheckable', rule: 'archived-tables' }, { verdict: 'close', rule: 'header-row' }]).verdict).toBe('close');
    expect(overall([{ verdict: 'uncheckable', rule: 'archived-tables' }])).toEqual({ verdict: 'uncheckable', rule: 'archived-tables' });
  });
});
