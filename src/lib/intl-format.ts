/**
 * Intl number and date formatting. No dictionary import, so client scripts can share it with the
 * pages without bundling both languages. Dates in the data are ISO days, formatted in UTC.
 */
import { intlLocale, type Lang } from '../i18n/locale.ts';

// An Intl object costs about a millisecond to make on a slow phone (the first one on a page, ~90 ms,
// loads the locale data): one of each per language, made on first use.
const perLang = <T>(make: (locale: string) => T) => {
  const made = new Map<Lang, T>();
  return (lang: Lang): T => {
    let v = made.get(lang);
    if (v === undefined) made.set(lang, (v = make(intlLocale(lang))));
    return v;
  };
};
const intFormat = perLang((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
export const pluralRules = perLang((locale) => new Intl.PluralRules(locale));

/** Whole numbers; 0-999 skip Intl, as both locales write them as plain digits. */
export const fmtInt = (lang: Lang, n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : intFormat(lang).format(n));
export const fmtRate = (lang: Lang, n: number) =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(n);
export const fmtDate = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
export const fmtList = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);

