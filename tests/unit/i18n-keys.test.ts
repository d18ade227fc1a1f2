/**
 * Keys built from data are typed: `stance.${s}` with s a Stance is a MessageKey, and a key that does
 * not exist is a compile error (`astro check`, part of `npm test`, fails on an unused
 * @ts-expect-error). The runtime half checks every such key has a string in both languages.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries, keysStartingWith, t, type MessageKey } from '../../src/i18n/index.ts';
import { STANCES, type Stance } from '../../data-pipeline/schema/policy.ts';
import { MODELS } from '../../data-pipeline/schema/records.ts';

// Never called: these lines exist for the type checker.
function typeChecks(s: Stance, name: string) {
  t('en', `stance.${s}`);
  t('en', `stance.sentence.${s}`, { name });
  // @ts-expect-error: a key from an unchecked string is not a MessageKey
  t('en', `stance.${name}`);
  // @ts-expect-error: there is no such stance key
  t('en', 'stance.maybe');
  const present: Array<`classroom.present.${string}`> = keysStartingWith('classroom.present.');
  return present;
}

describe('typed i18n keys', () => {
  it('every key built from a stance or a model exists in English and Spanish', () => {
    expect(typeof typeChecks).toBe('function');
    const built: MessageKey[] = [...STANCES.flatMap((s) => [`stance.${s}` as const, `stance.sentence.${s}` as const]), ...MODELS.map((m) => `model.${m}` as const)];
    for (const k of built) for (const lang of ['en', 'es'] as const) expect(dictionaries[lang][k], `${lang} ${k}`).toMatch(/\S/);
  });

  it('keysStartingWith returns exactly the keys with that prefix', () => {
    const keys = keysStartingWith('classroom.compare.');
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.every((k) => k.startsWith('classroom.compare.'))).toBe(true);
    expect(keys.length).toBe(Object.keys(dictionaries.en).filter((k) => k.startsWith('classroom.compare.')).length);
  });
});
