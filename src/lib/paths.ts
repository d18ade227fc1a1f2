/**
 * Site URLs. English lives at the root, Spanish under /es/ (Astro i18n, prefixDefaultLocale false);
 * data files and build assets are shared by both languages. Everything goes through BASE_URL so the
 * site can be deployed under a sub-path.
 */
import type { Lang } from '@i18n/locale.ts';

export const LANGS: readonly Lang[] = ['en', 'es'];
export const siteBase = (): string => import.meta.env.BASE_URL;
/** Root of the reader-facing pages in a language, e.g. "/" or "/es/" (with BASE in front). */
export const pageBase = (lang: Lang): string => `${siteBase()}${lang === 'es' ? 'es/' : ''}`;
/** A page in a language: pagePath('es', 'states/tx/') → "/es/states/tx/". */
export const pagePath = (lang: Lang, rel = ''): string => `${pageBase(lang)}${rel}`;
/** A shared data file: dataPath('summary.json') → "/data/summary.json". */
export const dataPath = (rel: string): string => `${siteBase()}data/${rel}`;
/** The same page in the other language, from a path relative to the language root. */
export const relPath = (pathname: string, lang: Lang): string => {
  const root = pageBase(lang);
  return pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
};
