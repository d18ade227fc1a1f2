/** The share view's classes at their edges, and DC / Connecticut by their documented rules. */
import { describe, expect, it } from 'vitest';
import { shareClass, shareSentence } from '../../src/lib/map/share.ts';

describe('shareClass', () => {
  it('puts each share in its class: none, under 10%, 10–25%, 25–50%, 50% and more', () => {
    const of = (people: number) => shareClass('TX', people, 1000);
    expect([0, 1, 99, 100, 249, 250, 499, 500, 1000].map(of)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('gives DC (no counties), Connecticut (planning regions) and a state without population no figure', () => {
    expect(shareClass('DC', 0, 702250)).toBe('n');
    expect(shareClass('CT', 0, 3675069)).toBe('n');
    expect(shareClass('TX', 0, 0)).toBe('n');
  });
});

describe('shareSentence', () => {
  const w = { say: (k: string, v: Record<string, string> = {}) => `${k} ${JSON.stringify(v)}`, int: String, pct: (n: number) => `${Math.round(n * 1000) / 10}%` };
  it('uses the state-page sentence, the none sentence and the DC and Connecticut rules', () => {
    expect(shareSentence('TX', 'Texas', 20449929, 31290831, w)).toBe('people.state {"people":"20449929","name":"Texas","share":"65.4%","population":"31290831"}');
    expect(shareSentence('CA', 'California', 0, 39431263, w)).toBe('people.state.none {"name":"California"}');
    expect(shareSentence('DC', 'District of Columbia', 0, 702250, w)).toBe('share.dc {}');
    expect(shareSentence('CT', 'Connecticut', 0, 3675069, w)).toBe('people.state.ct {}');
  });
});
