/** src/lib/law-text.ts: sentences about the law on a date, with a recording `say` and the real dictionary. */
import { describe, expect, it } from 'vitest';
import { NEAR_DAYS, changeNote, lawKey, lawLabel, mismatchNote, unknownNote, type LawWords } from '@lib/law-text.ts';
import { lawWords } from '@lib/law-words.ts';
import type { LawChange } from '@schema/records.ts';

/** Writes the key and its variables, so the test sees which sentence was chosen and with what. */
const w: LawWords = {
  say: (k, vars) => (vars ? `${k}${JSON.stringify(vars)}` : k),
  date: (iso) => iso,
  plural: (n) => (n === 1 ? 'one' : 'other'),
  num: String,
};
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const SHEET = '2026-05-18';
const change = (date: string | null, to: LawChange['to'] = 'prohibit', from: LawChange['from'] = 'none'): LawChange => ({ date, from, to });

describe('lawKey, lawLabel, unknownNote', () => {
  it('a known stance is its name; an undated change is "unknown"', () => {
    expect(lawKey({ stance: 'limit' })).toBe('limit');
    expect(lawKey({ stance: null, from: 'none', to: 'limit', since: null })).toBe('unknown');
    expect(lawLabel({ stance: 'limit' }, w)).toBe('stance.limit');
    expect(lawLabel({ stance: null, from: 'none', to: 'limit', since: null }, w)).toBe('law.unknown');
  });

  it('explains an undated change, or a record that starts later, and says nothing for a known stance', () => {
    expect(unknownNote({ stance: 'none' }, 'Utah', w)).toBe('');
    expect(unknownNote({ stance: null, from: 'none', to: 'limit', since: null }, 'Utah', w))
      .toBe('law.unknown.change{"name":"Utah","from":"stance.none","to":"stance.limit"}');
    expect(unknownNote({ stance: null, from: null, to: 'mandate', since: '2019-07-01' }, 'Utah', w))
      .toBe('law.unknown.before{"name":"Utah","since":"2019-07-01","to":"stance.mandate"}');
  });
});

describe('changeNote', () => {
  it(`notes a change up to ${NEAR_DAYS} days after the sheet, and not one day later`, () => {
    const at = addDays(SHEET, NEAR_DAYS);
    expect(changeNote([change(at)], SHEET, 'New Mexico', false, w))
      .toBe(`law.after.prohibit{"name":"New Mexico","date":"${at}","days":"law.days.other{\\"count\\":\\"${NEAR_DAYS}\\"}","stance":"stance.prohibit"}`);
    expect(changeNote([change(addDays(SHEET, NEAR_DAYS + 1))], SHEET, 'New Mexico', false, w)).toBe('');
  });

  it('a change on the sheet day is "before", and only for a flagged state', () => {
    expect(changeNote([change(SHEET, 'mandate')], SHEET, 'Texas', false, w)).toBe('');
    expect(changeNote([change(SHEET, 'mandate')], SHEET, 'Texas', true, w)).toContain('law.before.mandate{');
    expect(changeNote([change(addDays(SHEET, -NEAR_DAYS - 1))], SHEET, 'Texas', true, w)).toBe('');
  });

  it('prefers the change after the sheet, the nearest before it, and ignores undated changes', () => {
    const changes = [change('2026-04-10', 'limit'), change('2026-05-01', 'encourage'), change(null, 'mandate'), change('2026-05-20', 'limit')];
    expect(changeNote(changes, SHEET, 'X', true, w)).toContain('law.after.other{"name":"X","date":"2026-05-20"');
    const before = changes.slice(0, 3);
    expect(changeNote(before, SHEET, 'X', true, w)).toContain('"date":"2026-05-01"');
    expect(changeNote([change(null)], SHEET, 'X', true, w)).toBe('');
  });

  it('one day is singular; the real dictionary writes the sentence readers see', () => {
    expect(changeNote([change('2026-05-19')], SHEET, 'X', false, w)).toContain('law.days.one');
    const en = lawWords('en');
    expect(changeNote([change('2026-05-20')], SHEET, 'New Mexico', false, en)).toBe('New Mexico’s ban took effect May 20, 2026, 2 days after this sheet.');
    expect(changeNote([change('2026-05-19')], SHEET, 'New Mexico', false, en)).toBe('New Mexico’s ban took effect May 19, 2026, 1 day after this sheet.');
  });
});

describe('mismatchNote', () => {
  const vars = { count: '4', covered: '3', counties: '67' };
  it('joins the flag and the change note; no flag leaves just the change note', () => {
    expect(mismatchNote(null, vars, 'CHANGE', w)).toBe('CHANGE');
    expect(mismatchNote('restricts-with-agreements', vars, '', w)).toBe(`mismatch.restricts-with-agreements${JSON.stringify(vars)}`);
    expect(mismatchNote('mandate-low-coverage', vars, 'CHANGE', w)).toBe(`mismatch.mandate-low-coverage${JSON.stringify(vars)} CHANGE`);
  });
});
