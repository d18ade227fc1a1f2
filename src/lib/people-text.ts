/** Sentences about people covered (people-covered.json), for the home page, state pages and methodology. */
import type { PeopleCovered } from '@schema/people.ts';
import { t, intlLocale, type Lang } from '@i18n/index.ts';
import { fmtInt } from './intl-format.ts';

export const millions = (lang: Lang, n: number) =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 1e6);
export const share = (lang: Lang, n: number, of: number) =>
  new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(of > 0 ? n / of : 0);

/** The national headline at the newest sheet. */
export function peopleHeadline(lang: Lang, p: PeopleCovered): string {
  return t(lang, 'people.headline', { n: millions(lang, p.national.people.at(-1) ?? 0) });
}

/** One state's line at the newest sheet; Connecticut gets its own rule, never a silent zero. */
export function peopleStateLine(lang: Lang, p: PeopleCovered, usps: string, name: string): string | null {
  const s = p.states[usps];
  if (!s) return null;
  if (usps === 'CT') return t(lang, 'people.state.ct');
  const n = s.people.at(-1) ?? 0;
  if (n === 0) return t(lang, 'people.state.none', { name });
  return t(lang, 'people.state', { people: fmtInt(lang, n), name, share: share(lang, n, s.population), population: fmtInt(lang, s.population) });
}
