/** Intl formatting for pages (build time). Dates in the data are ISO days, formatted in UTC. */
import { intlLocale, t, type Lang, type MessageKey } from '@i18n/index.ts';

export const fmtInt = (lang: Lang, n: number) => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 }).format(n);
export const fmtRate = (lang: Lang, n: number) =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(n);
export const fmtDate = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
export const fmtList = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);

/** "{count} active agreement(s)" via Intl.PluralRules and the dictionary's .one/.other keys. */
export function plural(lang: Lang, base: 'count.agreements' | 'count.agencies', count: number): string {
  const form = new Intl.PluralRules(intlLocale(lang)).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${base}.${form}` as MessageKey, { count: fmtInt(lang, count) });
}

/** Only http(s) URLs become links (the schema checks too; this is the page's own guard). */
export const isHttpUrl = (u: string) => /^https?:\/\//i.test(u);
