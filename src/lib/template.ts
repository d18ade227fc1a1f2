/**
 * Client-side string helpers for strings shipped in a page's data-config (so the browser never bundles
 * the dictionaries): "{name}" placeholders and the dictionary's .one/.other plural keys.
 */
import { intlLocale, type Lang } from '../i18n/locale.ts';
import { fmtInt } from './intl-format.ts';

export const fill = (tpl: string, vars: Record<string, string | number>) => tpl.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m));

/** strings[`${base}.one|other`] with {count}, e.g. count.agreements → "387 active agreements". */
export function pluralFrom(strings: Record<string, string>, lang: Lang, base: string, n: number): string {
  const form = new Intl.PluralRules(intlLocale(lang)).select(n) === 'one' ? 'one' : 'other';
  return fill(strings[`${base}.${form}`] ?? '', { count: fmtInt(lang, n) });
}
