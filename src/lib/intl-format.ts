/**
 * Intl number and date formatting. No dictionary import, so client scripts can share it with the
 * pages without bundling both languages. Dates in the data are ISO days, formatted in UTC.
 */
import { intlLocale, type Lang } from '../i18n/locale.ts';

// A formatter costs about a millisecond to make on a slow phone (the first one on a page, ~90 ms, loads
// the locale data): one per language, and none for 0-999, which both locales write as plain digits.
const intFormats = new Map<Lang, Intl.NumberFormat>();
export const fmtInt = (lang: Lang, n: number) => {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = intFormats.get(lang);
  if (!f) intFormats.set(lang, (f = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 })));
  return f.format(n);
};
export const fmtRate = (lang: Lang, n: number) =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(n);
export const fmtDate = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
export const fmtList = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);

