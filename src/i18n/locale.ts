/** Languages and their Intl locales, without the dictionaries (safe to import in client code). */
export type Lang = 'en' | 'es';

/** Locale for Intl formatting: es-US for Spanish readers in the US. */
export const intlLocale = (lang: Lang) => (lang === 'es' ? 'es-US' : 'en-US');
