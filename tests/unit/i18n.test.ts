import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { t } from '../../src/i18n/index.ts';

describe('dictionaries', () => {
  it('have the same keys and no empty strings', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [k, s] of [...Object.entries(en), ...Object.entries(es)]) expect(s.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)(?::lower)?\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as Array<keyof typeof en>) expect(names(es[k]), k).toEqual(names(en[k]));
  });
  it('fills placeholders', () => {
    expect(t('en', 'site.title')).toBe('Cooperation Divide');
  });
});
