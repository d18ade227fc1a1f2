/** data-pipeline/steps/check-rows.ts: checks.json flattened to CSV rows, recounted and spot-checked. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CHECK_COLUMNS, checkRows } from '../../data-pipeline/steps/check-rows.ts';
import type { Check } from '../../data-pipeline/schema/claims.ts';

const checks = (JSON.parse(fs.readFileSync('public/data/checks.json', 'utf8')) as { checks: Check[] }).checks;
/** Rows per check by the file's definition: one per figure and sheet (one for a figure with no sheet), one per law state, else one. */
const expectedRows = (c: Check) => Math.max(1, c.figures.reduce((n, f) => n + Math.max(1, f.values.length), 0) + c.law.length);

describe('checkRows on the real checks', () => {
  it('gives one row per figure and sheet, per law state, or one for the claim, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const rows = checkRows(checks, lang);
      expect(rows).toHaveLength(checks.reduce((n, c) => n + expectedRows(c), 0));
      for (const c of checks) expect(rows.filter((r) => r.id === c.id), c.id).toHaveLength(expectedRows(c));
    }
  });

  it('agrees with checks.csv as written, row for row, through the English headers', () => {
    const csv = csvParse(fs.readFileSync('public/data/checks.csv', 'utf8'));
    const rows = checkRows(checks, 'en');
    expect(csv.columns).toEqual(CHECK_COLUMNS.map((c) => c.en));
    expect(csv).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      for (const c of CHECK_COLUMNS) expect(csv[i]![c.en], `${r.id} ${c.en}`).toBe(String(r[c.key]));
    });
  });

  it('Spanish rows carry the Spanish claim, publisher and attribution; codes stay the same', () => {
    const en = checkRows(checks, 'en');
    const es = checkRows(checks, 'es');
    es.forEach((r, i) => {
      const c = checks.find((x) => x.id === r.id)!;
      expect([r.claim, r.publisher, r.attributedTo]).toEqual([c.claimEs, c.publisherEs, c.attributedToEs]);
      expect([r.verdict, r.rule, r.figure, r.ice, r.sheet]).toEqual([en[i]!.verdict, en[i]!.rule, en[i]!.figure, en[i]!.ice, en[i]!.sheet]);
    });
  });
});

describe('checkRows on made-up checks', () => {
  const base = {
    id: 'x', kind: 'count', claim: 'c', claimEs: 'c-es', publisher: 'p', publisherEs: 'p-es', published: '2026-02',
    attributedTo: 'a', attributedToEs: 'a-es', verdict: 'close', rule: 'gap', sheets: [{ file: 's1.xlsx', date: '2026-02-02' }], figures: [], law: [], states: [],
  } as unknown as Check;
  const fig = (over: object) => ({ key: 'agreements', published: 1381, states: [], values: [], file: null, fromFile: null, verdict: 'differs', rule: 'gap', ...over });

  it('writes whole numbers as they are and fractions to four decimals; a missing figure is blank', () => {
    const c = { ...base, figures: [
      fig({ values: [{ file: 's1.xlsx', value: 1380, verdict: 'close', rule: 'header-row' }] }),
      fig({ key: 'share_over', published: 0.5, values: [{ file: 's1.xlsx', value: 0.49876, verdict: 'close', rule: 'within-1pt' }] }),
      fig({ key: 'biden', published: null, rule: 'archived-tables', verdict: 'uncheckable' }),
    ] } as unknown as Check;
    const rows = checkRows([c], 'en');
    expect(rows.map((r) => [r.figure, r.publishedValue, r.ice, r.sheet, r.sheetDate, r.verdict, r.rule])).toEqual([
      ['agreements', '1381', '1380', 's1.xlsx', '2026-02-02', 'close', 'header-row'],
      ['share_over', '0.5000', '0.4988', 's1.xlsx', '2026-02-02', 'close', 'within-1pt'],
      ['biden', '', '', '', '', 'uncheckable', 'archived-tables'],
    ]);
  });

  it('a law row holds the state, the claim, the date and the stance then (or the undated change)', () => {
    const law = (atDate: object) => ({ state: 'NM', claimed: 'restricts', date: '2026-02-28', atDate, today: 'prohibit', measure: null, verdict: 'close', rule: 'took-effect-later' });
    const c = { ...base, law: [law({ stance: 'none' }), law({ stance: null, from: null, to: 'prohibit', since: null })] } as unknown as Check;
    const rows = checkRows([c], 'en');
    expect(rows.map((r) => [r.figure, r.publishedValue, r.sheetDate, r.ice, r.verdict])).toEqual([
      ['NM', 'restricts', '2026-02-28', 'none', 'close'],
      ['NM', 'restricts', '2026-02-28', '->prohibit', 'close'],
    ]);
  });

  it('a claim with no figure and no law state is one row with the claim’s verdict', () => {
    expect(checkRows([base], 'es')).toEqual([{
      id: 'x', published: '2026-02', publisher: 'p-es', claim: 'c-es', attributedTo: 'a-es', claimVerdict: 'close',
      figure: '', publishedValue: '', sheet: '', sheetDate: '', ice: '', verdict: 'close', rule: 'gap',
    }]);
  });
});
