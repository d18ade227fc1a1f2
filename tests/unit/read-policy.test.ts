import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';

const FILE = 'policy/state-policies.yaml';
const text = fs.readFileSync(path.join(DEFAULT_SOURCES, FILE), 'utf8');

/** The real file with one state's entry changed. */
function edited(usps: string, change: (entry: Record<string, unknown>) => void): string {
  const doc = parse(text);
  change(doc.states.find((s: { state_abbr: string }) => s.state_abbr === usps));
  return stringify(doc);
}

describe('the real policy table', () => {
  const policy = readPolicy(FILE, text);
  it('has every state and DC exactly once', () => {
    expect([...policy.states.keys()].sort()).toEqual(STATES_AND_DC.map((s) => s.usps).sort());
    const listed = parse(text).states.map((s: { state_abbr: string }) => s.state_abbr);
    expect(new Set(listed).size).toBe(listed.length);
  });
  it('sources every state that has measures or a stance', () => {
    for (const [usps, s] of policy.states) {
      if (s.measures.length > 0 || s.stance !== 'none') expect(s.source_urls.length, usps).toBeGreaterThan(0);
      for (const u of [...s.source_urls, ...s.secondary_citations]) expect(u, usps).toMatch(/^https?:\/\//);
    }
  });
  it('keeps the flags the site shows and the contested readings', () => {
    expect(policy.states.get('TX')).toMatchObject({ stance: 'mandate', requires_287g_local: true, requires_detainer_compliance: true });
    expect(policy.states.get('CT')).toMatchObject({ stance: 'prohibit', possible_stance: 'limit' });
    expect([...policy.states.values()].filter((s) => s.stance === 'mandate').map((s) => s.state_abbr).sort()).toEqual(['AR', 'FL', 'GA', 'MS', 'TN', 'TX']);
  });
  it('records no effective dates yet (the site must not invent them)', () => {
    expect([...policy.states.values()].flatMap((s) => s.measures).filter((m) => m.effective_date)).toEqual([]);
  });
});

describe('policy errors name the line and field', () => {
  it('rejects a stance outside the five', () => {
    expect(() => readPolicy(FILE, edited('TX', (s) => (s.stance = 'required')))).toThrow(/policy\/state-policies\.yaml, row \d+, column states\[\d+\]\.stance: expected \("mandate" \| "encourage" \| "none" \| "limit" \| "prohibit"\); found "required"/);
  });
  it('rejects measures without any source URL', () => {
    expect(() => readPolicy(FILE, edited('AR', (s) => (s.source_urls = [])))).toThrow(/states\[3\]: expected a state with measures or a stance other than "none" needs at least one source URL/);
  });
  it('rejects non-http source URLs', () => {
    expect(() => readPolicy(FILE, edited('AL', (s) => ((s.source_urls as string[])[0] = 'javascript:alert(1)')))).toThrow(/states\[0\]\.source_urls\[0\]: expected must (be a full URL|start with http)/);
  });
  it('rejects a missing and a duplicated state', () => {
    const doc = parse(text);
    doc.states = doc.states.filter((s: { state_abbr: string }) => s.state_abbr !== 'WY');
    expect(() => readPolicy(FILE, stringify(doc))).toThrow(/column states: expected an entry for every state and DC; found "missing WY"/);
    doc.states.push(doc.states[0]);
    expect(() => readPolicy(FILE, stringify(doc))).toThrow(/expected an entry for every state|expected each state listed once; found "AL"/);
  });
  it('reports the YAML line of a syntax error', () => {
    expect(() => readPolicy(FILE, 'meta:\n  compiled: "2026\nstates: [')).toThrow(/policy\/state-policies\.yaml, row \d+: expected valid YAML/);
  });
});
