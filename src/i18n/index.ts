/**
 * Every reader-facing string comes from these dictionaries (English and Spanish). `t` fills
 * {placeholders}; a key missing in a dictionary is a type error, and a test compares the key sets.
 */
import { en } from './en.ts';
import { es } from './es.ts';

import type { Lang } from './locale.ts';
import { fill } from '../lib/template.ts';

export { intlLocale, type Lang } from './locale.ts';
export type MessageKey = keyof typeof en;
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, es };

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], vars);
}

/** The keys of one feature (e.g. every `classroom.present.` string), typed as keys. */
export function keysStartingWith<P extends string>(prefix: P): Array<Extract<MessageKey, `${P}${string}`>> {
  return (Object.keys(en) as MessageKey[]).filter((k): k is Extract<MessageKey, `${P}${string}`> => k.startsWith(prefix));
}
