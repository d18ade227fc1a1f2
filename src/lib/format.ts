/** Page formatting helpers (build time): plurals from the dictionaries, link guard; Intl in intl-format.ts. */
import { intlLocale, t, type Lang } from '@i18n/index.ts';
import { fmtInt } from './intl-format.ts';

export { fmtInt, fmtRate, fmtDate, fmtList } from './intl-format.ts';

/** "{count} active agreement(s)" via Intl.PluralRules and the dictionary's .one/.other keys. */
export function plural(lang: Lang, base: 'count.agreements' | 'count.agencies', count: number): string {
  const form = new Intl.PluralRules(intlLocale(lang)).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${base}.${form}` as const, { count: fmtInt(lang, count) });
}

/** Only http(s) URLs become links (the schema checks too; this is the page's own guard). */
export const isHttpUrl = (u: string) => /^https?:\/\//i.test(u);
