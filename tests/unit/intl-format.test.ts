/** src/lib/intl-format.ts: fmtInt's shortcut for 0-999 writes what Intl writes, in both languages. */
import { expect, it } from 'vitest';
import { fmtInt } from '@lib/intl-format.ts';

it('formats integers exactly as Intl.NumberFormat does, with and without the shortcut', () => {
  for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-US']] as const) {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    for (const n of [...Array.from({ length: 1000 }, (_, i) => i), 1000, 1840, 25_000, 1_234_567, -3, 2.6]) expect(fmtInt(lang, n), `${lang} ${n}`).toBe(intl.format(n));
  }
});
