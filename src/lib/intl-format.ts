/**
 * Intl number and date formatting. No dictionary import, so client scripts can share it with the
 * pages without bundling both languages. Dates in the data are ISO days, formatted in UTC.
 */
import { intlLocale, type Lang } from '../i18n/locale.ts';

export const fmtInt = (lang: Lang, n: number) => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 }).format(n);
export const fmtRate = (lang: Lang, n: number) =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(n);
export const fmtDate = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
export const fmtList = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);

