/**
 * Reader text in English is US English (issue #20): no British spellings in any English dictionary
 * value (core and feature strings). The list covers the patterns that have slipped in before.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';

const BRITISH = /\b\w*(colour|honour|neighbour|favour|behaviour|labour|organis(e|ed|es|ing|ation)|recognis|realis(e|ed)|analys(e|ed|ing)\b|centre|licence|defence|catalogue|programme|travelled|cancelled|judgement|modell(ed|ing)|labelled|whilst|amongst)\w*/i;

describe('US spelling', () => {
  it('no English string uses a British spelling', () => {
    const hits = Object.entries(en).flatMap(([k, v]) => {
      const m = BRITISH.exec(String(v));
      return m ? [`${k}: ${m[0]}`] : [];
    });
    expect(hits).toEqual([]);
  });

  it('the pattern catches the spellings it is for', () => {
    for (const w of ['colours', 'honouring', 'neighbouring', 'organised', 'centre', 'labelled']) expect(BRITISH.test(w), w).toBe(true);
    for (const w of ['colors', 'honoring', 'neighboring', 'organized', 'center', 'labeled', 'analysis']) expect(BRITISH.test(w), w).toBe(false);
  });
});
