/**
 * Build time: runs of consecutive ICE sheets that read the same (summary.json `snapshots`,
 * data-pipeline/steps/snapshot-runs.ts; a claim's sheets in checks.json, steps/check-runs.ts). A run of
 * one sheet reads as its date; a longer run as its date range and number of sheets.
 */
import { t } from '@i18n/index.ts';
import { intlLocale, type Lang } from '@i18n/locale.ts';
import { fmtDate, fmtInt } from './intl-format.ts';

export interface SheetRun { date: string; through?: string; sheets?: number }

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "February 20 – May 18, 2026 (12 sheets)" (`short`: "Feb 20 – May 18 (12)", the year left to the caption when `year` is false). */
export function fmtSheetRun(lang: Lang, r: SheetRun, style: 'long' | 'short' = 'long', year = true): string {
  const n = r.sheets ?? 1;
  if (n < 2 || !r.through) return fmtDate(lang, r.date);
  const month = style === 'long' ? 'long' : 'short';
  const range = new Intl.DateTimeFormat(intlLocale(lang), { ...(year ? { year: 'numeric' } : {}), month, day: 'numeric', timeZone: 'UTC' }).formatRange(day(r.date), day(r.through));
  return t(lang, style === 'long' ? 'runs.label' : 'runs.labelShort', { range, count: fmtInt(lang, n) });
}

/** How many sheets the runs stand for. */
export const sheetsIn = (runs: readonly SheetRun[]): number => runs.reduce((n, r) => n + (r.sheets ?? 1), 0);

/** Each run's first and last sheet dates, in order, once each: the dates a chart can mark without growing per identical sheet. */
export const runEnds = (runs: readonly SheetRun[]): string[] => [...new Set(runs.flatMap((r) => (r.through && r.through !== r.date ? [r.date, r.through] : [r.date])))];

/** The run a sheet date falls in (the last run starting on or before it), if any. */
export function runAt<R extends SheetRun>(runs: readonly R[], date: string): R | undefined {
  let found: R | undefined;
  for (const r of runs) if (r.date <= date) found = r;
  return found && (found.through ?? found.date) >= date ? found : undefined;
}
