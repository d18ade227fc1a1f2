/**
 * The home page's long-view sentence: the archived ICE web table's first 2021 and last 2024 counts and the
 * newest sheet's, all from the data at build time (history.json, summary.json), never typed.
 */
import type { History } from '@schema/history.ts';
import type { Summary } from '@schema/records.ts';
import { intlLocale, t, type Lang } from '@i18n/index.ts';
import { fmtDate, fmtInt } from './format.ts';
import { LONG_PERIODS } from './long-axis.ts';

export function longviewSentence(lang: Lang, history: History, summary: Summary): string | null {
  // The 2021-2024 run of captures (2017 is apart, three years earlier).
  const run = history.captures.filter((c) => c.date >= `${LONG_PERIODS.gapTo}-01`);
  const [a, b] = [run[0], run.at(-1)];
  if (!a || !b) return null;
  const month = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const m = (d: string) => month.format(new Date(`${d}T00:00:00Z`));
  return t(lang, 'longview.home', {
    c: fmtInt(lang, a.agreements), cm: m(a.date), d: fmtInt(lang, b.agreements), dm: m(b.date),
    last: fmtInt(lang, summary.national.agreements), lastDate: fmtDate(lang, summary.asOf),
  });
}
