/**
 * Spanish names of states and territories where Spanish-language style (Fundéu/EFE usage) differs
 * from English; all others are written the same in both languages. Keyed by USPS code.
 */
import type { Lang } from './locale.ts';

const ES: Readonly<Record<string, string>> = {
  DC: 'Distrito de Columbia', HI: 'Hawái', LA: 'Luisiana', MI: 'Míchigan', MS: 'Misisipi', MO: 'Misuri',
  NJ: 'Nueva Jersey', NY: 'Nueva York', NM: 'Nuevo México', NC: 'Carolina del Norte', SC: 'Carolina del Sur',
  ND: 'Dakota del Norte', SD: 'Dakota del Sur', OR: 'Oregón', PA: 'Pensilvania', WV: 'Virginia Occidental',
  AS: 'Samoa Estadounidense', MP: 'Islas Marianas del Norte', VI: 'Islas Vírgenes de EE. UU.',
};

/** A place's name in a language, from its USPS code and English name. */
export const placeName = (lang: Lang, usps: string, english: string): string => (lang === 'es' ? (ES[usps] ?? english) : english);
