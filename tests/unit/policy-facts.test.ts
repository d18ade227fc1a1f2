/** src/lib/policy-facts.ts: the facts line of a measure and the "since when" sentence key. */
import { describe, expect, it } from 'vitest';
import { measureFacts, sinceKey } from '@lib/policy-facts.ts';
import { t } from '@i18n/index.ts';
import { fmtDate } from '@lib/format.ts';
import type { PolicyMeasure } from '@schema/records.ts';

const say = (k: string, vars?: Record<string, string>) => (vars ? `${k}(${vars.date})` : k);
const date = (iso: string) => `<${iso}>`;
const m = (over: Partial<PolicyMeasure>): PolicyMeasure =>
  ({ name: 'X', nameEs: null, kind: 'statute', status: 'enacted', signed: null, effective: null, summary: '', summaryEs: '', sources: [], ...over }) as PolicyMeasure;
const TODAY = '2026-06-01';

describe('measureFacts', () => {
  it('kind, status, signed and in effect since, in that order', () => {
    expect(measureFacts(m({ signed: '2025-05-21', effective: '2025-10-01' }), TODAY, say, date)).toEqual([
      'policy.kind.statute', 'status.enacted', 'policy.signed(<2025-05-21>)', 'policy.effective(<2025-10-01>)',
    ]);
  });

  it('an effective date after today reads "takes effect"; today itself is already in effect', () => {
    expect(measureFacts(m({ effective: '2026-06-02' }), TODAY, say, date).at(-1)).toBe('policy.effectiveFuture(<2026-06-02>)');
    expect(measureFacts(m({ effective: TODAY }), TODAY, say, date).at(-1)).toBe(`policy.effective(<${TODAY}>)`);
  });

  it('a rescinded or superseded measure "took effect", never "in effect since"', () => {
    for (const status of ['rescinded', 'superseded'] as const) {
      expect(measureFacts(m({ status, effective: '2020-01-01' }), TODAY, say, date).at(-1)).toBe('policy.tookEffect(<2020-01-01>)');
      expect(measureFacts(m({ status, effective: '2030-01-01' }), TODAY, say, date).at(-1)).toBe('policy.tookEffect(<2030-01-01>)');
    }
  });

  it('says the date is unknown only for enacted-type measures; a proposal without dates says nothing more', () => {
    for (const status of ['enacted', 'enacted-partly-enjoined', 'rescinded', 'superseded'] as const) {
      expect(measureFacts(m({ status }), TODAY, say, date)).toEqual(['policy.kind.statute', `status.${status}`, 'policy.effectiveUnknown']);
    }
    for (const status of ['proposed', 'vetoed', 'blocked-by-court', 'passed-one-chamber'] as const) {
      expect(measureFacts(m({ status, kind: 'executive_order' }), TODAY, say, date)).toEqual(['policy.kind.executive_order', `status.${status}`]);
    }
  });

  it('reads as the page writes it with the real dictionary', () => {
    const en = (k: string, v?: Record<string, string>) => t('en', k as 'policy.signed', v);
    const facts = measureFacts(m({ signed: '2025-05-21', effective: '2025-10-01' }), TODAY, en, (d) => fmtDate('en', d));
    expect(facts.join(' · ')).toBe('State law · enacted · signed May 21, 2025 · in effect since October 1, 2025');
  });
});

describe('sinceKey', () => {
  it('a date wins; without one, known changes mean "not known", no changes mean "since before the record"', () => {
    const change = { date: null, from: 'none' as const, to: 'limit' as const };
    expect(sinceKey('2025-01-01', [])).toBe('policy.since');
    expect(sinceKey('2025-01-01', [change])).toBe('policy.since');
    expect(sinceKey(null, [change])).toBe('policy.sinceUnknown');
    expect(sinceKey(null, [])).toBe('policy.sinceOld');
  });
});
