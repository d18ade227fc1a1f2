/** src/lib/checked-text.ts: the news-check cards' sentences and table, from the real checks.json. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardText, fmtMonth, fmtPublished } from '@lib/checked-text.ts';
import { dictionaries } from '@i18n/index.ts';
import type { Check } from '@schema/claims.ts';
import type { Summary } from '@schema/records.ts';

const checks = (JSON.parse(fs.readFileSync('public/data/checks.json', 'utf8')) as { checks: Check[] }).checks;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const names = Object.fromEntries(summary.states.map((s) => [s.usps, s.name]));
const byId = (id: string) => checks.find((c) => c.id === id)!;
const LANGS = ['en', 'es'] as const;

describe('publication dates', () => {
  it('a month reads as month and year; a day as a full date', () => {
    expect(fmtMonth('en', '2026-02')).toBe('February 2026');
    expect(fmtMonth('es', '2026-02-27')).toBe('febrero de 2026');
    expect(fmtPublished('en', '2025-12')).toBe('December 2025');
    expect(fmtPublished('en', '2025-12-31')).toBe('December 31, 2025');
  });
});

describe('cardText on every check', () => {
  for (const lang of LANGS) {
    it(`${lang}: fills every placeholder, and the verdict, claim and byline come from the check`, () => {
      expect(checks.length).toBeGreaterThan(10);
      for (const c of checks) {
        const card = cardText(c, lang, names);
        const all = [card.claim, card.byline, card.verdict, ...card.reasons, card.lawNote ?? '', JSON.stringify(card.grid)].join('\n');
        expect(all, c.id).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(card.verdict).toBe(dictionaries[lang][`checked.verdict.${c.verdict}`]);
        expect(card.claim).toBe(lang === 'es' ? c.claimEs : c.claim);
        expect(card.byline).toContain(lang === 'es' ? c.publisherEs : c.publisher);
        expect(card.reasons.length, c.id).toBeGreaterThan(0);
        // Month-only dates get the "read on the month's last day" note, when a law claim is read on a date.
        expect(card.lawNote !== null, c.id).toBe(c.published.length === 7 && c.law.some((l) => l.claimed !== 'order'));
      }
    });
  }

  it('the table has one row per judged figure and one cell per sheet, the basis cell holding the sheet’s number', () => {
    for (const c of checks) {
      const card = cardText(c, 'en', names);
      const judged = c.figures.filter((f) => f.values.length > 0 && f.rule !== 'statement');
      if (judged.length === 0) {
        expect(card.grid, c.id).toBeNull();
        continue;
      }
      expect(card.grid!.rows).toHaveLength(judged.length);
      expect(card.grid!.sheets.map((s) => s.file)).toEqual(c.sheets.map((s) => s.file));
      card.grid!.rows.forEach((row, i) => {
        const f = judged[i]!;
        expect(row.cells).toHaveLength(c.sheets.length);
        const basis = row.cells.filter((x) => x?.basis);
        expect(basis, `${c.id} ${f.key}`).toHaveLength(1);
        const v = f.values.find((x) => x.file === f.file)!.value;
        const shown = f.key === 'share_over' ? `${Number((v * 100).toFixed(1))}%` : v.toLocaleString('en-US');
        expect(basis[0]!.value).toBe(shown);
      });
      expect(card.grid!.facts.map((x) => x.rows)).toEqual(c.sheets.map((s) => s.rows.toLocaleString('en-US')));
    }
  });
});

describe('cardText details', () => {
  it('names the morning and afternoon files of one day, and drops the year from labels when the caption gives it', () => {
    const c = byId('feb6-total');
    const card = cardText(c, 'en', names);
    const days = c.sheets.map((s) => s.date);
    expect(new Set(days).size).toBeLessThan(days.length);
    const labels = card.grid!.sheets.map((s) => s.label);
    expect(labels.filter((l) => l.endsWith('(morning)'))).toHaveLength(1);
    expect(labels.filter((l) => l.endsWith('(afternoon)'))).toHaveLength(1);
    expect(labels.some((l) => /\b2026\b/.test(l))).toBe(false);
    expect(card.grid!.caption).toBe('Published figures and the numbers on ICE’s sheets of 2026');
  });

  it('law claims name each state in the page’s language', () => {
    const c = byId('ban-states');
    const en = cardText(c, 'en', names).reasons.join(' ');
    for (const l of c.law) expect(en).toContain(names[l.state]);
    expect(cardText(c, 'es', { ...names, NM: 'Nuevo México' }).reasons.join(' ')).toContain('Nuevo México');
  });

  it('a claim with nothing to check says so', () => {
    const card = cardText(byId('none-under-biden'), 'en', names);
    expect(card.grid).toBeNull();
    expect(card.reasons).toHaveLength(1);
  });
});

describe('a run of sheets that read the same (data-pipeline/steps/check-runs.ts)', () => {
  // What 25 identical daily copies of the newest sheet make of the last entry (tests/unit/flat-growth.test.ts).
  const asRun = (c: Check, file: string): Check => ({ ...c, sheets: c.sheets.map((s) => (s.file === file ? { ...s, through: '2026-06-12', sheets: 26 } : s)) });
  const dash = '\u2009–\u2009';
  it('is named once in a statement’s series, as its date range and number of sheets', () => {
    const md = byId('maryland-defy');
    const run = asRun(md, md.sheets.at(-1)!.file);
    expect(cardText(run, 'en', names).reasons[0]).toMatch(new RegExp(`; May 18${dash}June 12, 2026 \\(26 sheets\\): 0\\.$`));
    expect(cardText(run, 'es', names).reasons[0]).toMatch(new RegExp(`; 18 de mayo${dash}12 de junio de 2026 \\(26 versiones de la lista\\): 0\\.$`));
  });
  it('is one column of the table, headed by its short date range and number of sheets', () => {
    const c = checks.find((x) => cardText(x, 'en', names).grid && !x.figures.some((f) => f.file === x.sheets.at(-1)!.file))!;
    const grid = cardText(asRun(c, c.sheets.at(-1)!.file), 'en', names).grid!;
    expect(grid.sheets).toHaveLength(c.sheets.length);
    expect(grid.sheets.at(-1)!.label).toMatch(new RegExp(`${dash}Jun 12(, 2026)? \\(26\\)$`));
  });
});
