/**
 * Runs of consecutive ICE sheets that read the same: summary.json `snapshots`
 * (data-pipeline/steps/snapshot-runs.ts), a claim's sheets in checks.json (steps/check-runs.ts), and the
 * text and dates the site reads from them (src/lib/sheet-runs.ts: the methodology table's rows, the
 * Checked cards' sheet labels, the state timeline's circles, the feed's totals).
 */
import { describe, expect, it } from 'vitest';
import type { Check, Figure, SheetFact } from '../../data-pipeline/schema/claims.ts';
import { snapshotRuns, type SheetPoint } from '../../data-pipeline/steps/snapshot-runs.ts';
import { collapseCheckSheets } from '../../data-pipeline/steps/check-runs.ts';
import { fmtSheetRun, runAt, runEnds, sheetsIn } from '../../src/lib/sheet-runs.ts';

const point = (date: string, agreements: number, source: SheetPoint['source'] = 'ice'): SheetPoint => ({
  date, source, agreements, agencies: agreements, states: 2, byModel: { JEM: 0, WSO: agreements, TFM: 0 }, moaLinks: { rows: agreements, linked: 0 },
});

describe('snapshotRuns', () => {
  const days = ['2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25'];
  it('keeps one point per run of equal counts, dated by its first sheet, with its last sheet and size', () => {
    const runs = snapshotRuns([point(days[0]!, 5, 'wayback-derived'), point(days[1]!, 5), point(days[2]!, 5), point(days[3]!, 6), point(days[4]!, 5), point(days[5]!, 5)]);
    expect(runs.map((r) => [r.date, r.through, r.sheets, r.source, r.agreements])).toEqual([
      ['2026-02-20', '2026-02-20', 1, 'wayback-derived', 5], // another source never joins a run
      ['2026-02-21', '2026-02-22', 2, 'ice', 5],
      ['2026-02-23', '2026-02-23', 1, 'ice', 6],
      ['2026-02-24', '2026-02-25', 2, 'ice', 5], // equal to an earlier run but not next to it
    ]);
    expect(sheetsIn(runs)).toBe(6);
  });
  it('breaks a run on any counted value: models and ICE links too', () => {
    const a = point(days[0]!, 5);
    const b = { ...point(days[1]!, 5), byModel: { JEM: 1, WSO: 4, TFM: 0 } };
    const c = { ...point(days[2]!, 5), byModel: { JEM: 1, WSO: 4, TFM: 0 }, moaLinks: { rows: 5, linked: 1 } };
    expect(snapshotRuns([a, b, c]).map((r) => r.sheets)).toEqual([1, 1, 1]);
    expect(snapshotRuns([])).toEqual([]);
  });
});

describe('a run as readers see it (methodology table, Checked cards)', () => {
  // Intl's date ranges put thin spaces (U+2009) around the dash.
  const dash = '\u2009–\u2009';
  it('reads as its date for one sheet, as a date range and a number of sheets for more', () => {
    expect(fmtSheetRun('en', { date: '2026-02-20', through: '2026-02-20', sheets: 1 })).toBe('February 20, 2026');
    expect(fmtSheetRun('en', { date: '2026-02-20', through: '2026-05-18', sheets: 12 })).toBe(`February 20${dash}May 18, 2026 (12 sheets)`);
    expect(fmtSheetRun('es', { date: '2026-02-20', through: '2026-05-18', sheets: 12 })).toBe(`20 de febrero${dash}18 de mayo de 2026 (12 versiones de la lista)`);
    expect(fmtSheetRun('en', { date: '2025-12-30', through: '2026-01-02', sheets: 4 })).toBe(`December 30, 2025${dash}January 2, 2026 (4 sheets)`);
    expect(fmtSheetRun('en', { date: '2026-02-20', through: '2026-05-18', sheets: 1200 }, 'short', false)).toBe(`Feb 20${dash}May 18 (1,200)`);
  });
  it('gives each run’s ends for the charts and finds the run a sheet date falls in', () => {
    const runs = [{ date: '2026-01-01', through: '2026-01-01', sheets: 1 }, { date: '2026-01-05', through: '2026-01-09', sheets: 5 }];
    expect(runEnds(runs)).toEqual(['2026-01-01', '2026-01-05', '2026-01-09']);
    expect(runAt(runs, '2026-01-07')).toBe(runs[1]);
    expect(runAt(runs, '2026-01-03')).toBeUndefined();
    expect(runAt(runs, '2025-12-31')).toBeUndefined();
  });
});

describe('collapseCheckSheets', () => {
  const fact = (file: string, date: string, rows: number): SheetFact => ({ file, date, pm: false, used: true, rows, states: 2, territories: [], agencies: rows });
  const sheets = [fact('a', '2026-02-13', 10), fact('b', '2026-02-14', 9), fact('c', '2026-02-15', 9), fact('d', '2026-02-16', 9), fact('e', '2026-02-17', 9)];
  const figure = (values: number[], file: string | null): Figure => ({
    key: 'MD', published: null, states: ['MD'], file, fromFile: null, verdict: 'uncheckable', rule: 'statement',
    values: values.map((value, i) => ({ file: sheets[i]!.file, value, verdict: 'uncheckable', rule: 'statement' })),
  });
  const check = (figures: Figure[]) => ({ id: 'x', sheets, figures }) as unknown as Check;

  it('folds consecutive sheets with equal facts and values into one entry, and drops their values', () => {
    const out = collapseCheckSheets(check([figure([3, 2, 2, 2, 2], null)]));
    expect(out.sheets).toEqual([sheets[0], { ...sheets[1], through: '2026-02-17', sheets: 4 }]);
    expect(out.figures[0]!.values.map((v) => [v.file, v.value])).toEqual([['a', 3], ['b', 2]]);
  });
  it('keeps a sheet whose value differs, and the sheet a verdict rests on, entries of their own', () => {
    expect(collapseCheckSheets(check([figure([3, 2, 1, 1, 1], null)])).sheets.map((s) => [s.file, s.sheets ?? 1])).toEqual([['a', 1], ['b', 1], ['c', 3]]);
    expect(collapseCheckSheets(check([figure([3, 2, 2, 2, 2], 'd')])).sheets.map((s) => [s.file, s.sheets ?? 1])).toEqual([['a', 1], ['b', 2], ['d', 1], ['e', 1]]);
  });
});
