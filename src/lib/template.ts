/**
 * Client-side string helpers for strings shipped in a page's data-config (so the browser never bundles
 * the dictionaries): "{name}" placeholders and the dictionary's .one/.other plural keys.
 * "{stance:lower}" lowercases the value's first letter, for a label dropped inside a Spanish sentence
 * ("(limita el 287(g))"); English templates simply do not use it.
 */
import type { Lang } from '../i18n/locale.ts';
import { fmtInt, pluralRules } from './intl-format.ts';

/** Spanish gives the District its article inside a sentence: "del Distrito de Columbia", "El Distrito de Columbia restringe…". */
const DC = 'Distrito de Columbia';
function dcArticle(text: string): string {
  return text
    .replace(/\b([Dd]e|[Aa]) (?:el )?Distrito de Columbia/g, (_m, p: string) => `${p[0]}${p.toLowerCase() === 'de' ? 'el' : 'l'} ${DC}`)
    .replace(/(?<=[\p{Ll}\p{N},)”] )(?<!\b(?:[dD]el|[eE]l|[aA]l) )Distrito de Columbia/gu, `el ${DC}`)
    .replace(/^Distrito de Columbia(?= \p{Ll})/u, `El ${DC}`);
}

export const fill = (tpl: string, vars: Record<string, string | number>) => {
  const out = tpl.replace(/\{(\w+)(:lower)?\}/g, (m, k: string, lower?: string) => {
    const v = vars[k];
    if (v === undefined) return m;
    const s = String(v);
    return lower ? s.charAt(0).toLocaleLowerCase('es') + s.slice(1) : s;
  });
  return out !== tpl && out.includes(DC) ? dcArticle(out) : out;
};

/** strings[`${base}.one|other`] with {count}, e.g. count.agreements → "387 active agreements". */
export function pluralFrom(strings: Record<string, string>, lang: Lang, base: string, n: number): string {
  const form = pluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return fill(strings[`${base}.${form}`] ?? '', { count: fmtInt(lang, n) });
}
