/** src/lib/law-words.ts: the build-time words for law sentences, and the keys the browser is sent. */
import { expect, it } from 'vitest';
import { LAW_TEXT_KEYS, lawWords } from '@lib/law-words.ts';
import { dictionaries } from '@i18n/index.ts';

it('looks keys up in the page’s dictionary and fills them', () => {
  expect(lawWords('en').say('stance.mandate')).toBe(dictionaries.en['stance.mandate']);
  expect(lawWords('es').say('stance.mandate')).toBe(dictionaries.es['stance.mandate']);
  expect(lawWords('en').say('law.days.other', { count: '3' })).toBe('3 days');
});

it('formats dates, numbers and plurals as each language writes them', () => {
  const en = lawWords('en');
  const es = lawWords('es');
  expect(en.date('2026-05-20')).toBe('May 20, 2026');
  expect(es.date('2026-05-20')).toBe('20 de mayo de 2026');
  expect(en.num(12345)).toBe('12,345');
  // Spanish pages are written for US readers (es-US): the same digit grouping as English.
  expect(es.num(12345)).toBe('12,345');
  expect([en.plural(1), en.plural(0), en.plural(2)]).toEqual(['one', 'other', 'other']);
  expect([es.plural(1), es.plural(2)]).toEqual(['one', 'other']);
});

it('LAW_TEXT_KEYS: unique, in both dictionaries, and covering every key law-text.ts can ask for', () => {
  expect(new Set(LAW_TEXT_KEYS).size).toBe(LAW_TEXT_KEYS.length);
  for (const k of LAW_TEXT_KEYS) {
    expect(dictionaries.en[k], k).toBeTruthy();
    expect(dictionaries.es[k], k).toBeTruthy();
  }
  // Keys law-text.ts builds from parts: every combination must be sent to the browser.
  const built = ['after', 'before'].flatMap((w) => ['prohibit', 'mandate', 'other'].map((k) => `law.${w}.${k}`));
  for (const k of [...built, 'law.days.one', 'law.days.other', 'law.unknown', 'law.unknown.change', 'law.unknown.before']) {
    expect(LAW_TEXT_KEYS as readonly string[]).toContain(k);
  }
});
