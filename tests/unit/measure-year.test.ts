import { describe, expect, it } from 'vitest';
import { measureYear } from '../../src/lib/measure-year.ts';
import { t } from '../../src/i18n/index.ts';

describe('measureYear', () => {
  it('prints plain years as they are and qualified years in the page language', () => {
    const words = (lang: 'en' | 'es') => (q: 'before' | 'after' | 'circa', year: string) => t(lang, `policy.year.${q}`, { year });
    expect(measureYear(2025, words('es'))).toBe('2025');
    expect(measureYear('before 2007', words('en'))).toBe('before 2007');
    expect(measureYear('before 2007', words('es'))).toBe('antes de 2007');
    expect(measureYear('circa 1999', words('es'))).toBe('hacia 1999');
    // Anything else (the schema rejects it) is shown unchanged rather than guessed at.
    expect(measureYear('sometime', words('es'))).toBe('sometime');
  });
});
