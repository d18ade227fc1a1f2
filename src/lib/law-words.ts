/** The build-time LawWords for a page language: dictionary lookups, dates and numbers as the page writes them. */
import { t, intlLocale, type Lang, type MessageKey } from '@i18n/index.ts';
import { fmtDate, fmtInt } from './format.ts';
import type { LawWords } from './law-text.ts';

export function lawWords(lang: Lang): LawWords {
  const rules = new Intl.PluralRules(intlLocale(lang));
  return {
    say: (k, vars = {}) => t(lang, k as MessageKey, vars),
    date: (iso) => fmtDate(lang, iso),
    plural: (n) => rules.select(n),
    num: (n) => fmtInt(lang, n),
  };
}

/** Keys the browser's law sentences read (law-text.ts), for a page's data-config. */
export const LAW_TEXT_KEYS = [
  'law.unknown', 'law.unknown.change', 'law.unknown.before', 'law.at',
  'law.after.prohibit', 'law.after.mandate', 'law.after.other', 'law.before.prohibit', 'law.before.mandate', 'law.before.other',
  'law.days.one', 'law.days.other', 'law.control', 'law.noNewer', 'law.sentence', 'law.caption',
  'stance.mandate', 'stance.encourage', 'stance.none', 'stance.limit', 'stance.prohibit',
  'stance.sentence.mandate', 'stance.sentence.encourage', 'stance.sentence.none', 'stance.sentence.limit', 'stance.sentence.prohibit',
  'mismatch.restricts-with-agreements', 'mismatch.mandate-low-coverage',
] as const satisfies readonly MessageKey[];
