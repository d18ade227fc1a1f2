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
  it('has a Spanish text for every English one (summaries, notes, stance definitions)', () => {
    const entries = [...policy.states.values(), ...policy.territories.values()];
    const measures = entries.flatMap((s) => s.measures);
    expect(measures.length).toBe(105);
    for (const m of measures) expect(m.summary_es.trim(), m.name).not.toBe('');
    const noted = entries.filter((s) => s.notes.trim() !== '');
    expect(noted.length).toBe(51);
    for (const s of noted) expect(s.notes_es.trim(), s.state_abbr).not.toBe('');
    expect(Object.keys(policy.definitionsEs).sort()).toEqual(Object.keys(policy.definitions).sort());
    for (const d of Object.values(policy.definitionsEs)) expect(d.trim()).not.toBe('');
  });
  it('keeps every number of the English text in the Spanish (except month numbers of M/D/Y dates)', () => {
    const numbers = (s: string) => (s.replace(/\b\d{1,2}\/(\d{1,2})\/(\d{4})\b/g, '$1 $2').match(/\d+/g) ?? []).map((n) => n.replace(/^0+(?=\d)/, ''));
    const pairs = [...policy.states.values(), ...policy.territories.values()].flatMap((s) => [
      ...s.measures.map((m) => [`${s.state_abbr} ${m.name}`, m.summary, m.summary_es] as const),
      [`${s.state_abbr} notes`, s.notes, s.notes_es] as const,
    ]);
    for (const [where, en, es] of pairs) {
      const inEs = numbers(es);
      expect(numbers(en).filter((n) => !inEs.includes(n)), where).toEqual([]);
    }
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
  it('rejects a measure without its Spanish summary, naming the line and field', () => {
    // The real file with one summary_es line removed, so the row is the real line of that measure.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    summary_es:') && l.includes('14 de julio de 2025'));
    expect(at).toBeGreaterThan(0);
    const measureLine = lines.slice(0, at).findLastIndex((l) => l.startsWith('  - name: HB 182')) + 1;
    lines.splice(at, 1);
    expect(() => readPolicy(FILE, lines.join('\n'))).toThrow(
      `policy/state-policies.yaml, row ${measureLine}, column states[7].measures[0].summary_es: expected a Spanish translation in summary_es (the /es/ pages never fall back to English)`,
    );
  });
  it('rejects a blank Spanish summary, notes without notes_es and a missing Spanish stance definition', () => {
    expect(() => readPolicy(FILE, edited('DE', (s) => ((s.measures as Array<Record<string, unknown>>)[0]!.summary_es = ' ')))).toThrow(/row \d+, column states\[7\]\.measures\[0\]\.summary_es: expected a non-empty Spanish translation; found " "/);
    expect(() => readPolicy(FILE, edited('DE', (s) => delete s.notes_es))).toThrow(/row \d+, column states\[7\]\.notes_es: expected a Spanish translation in notes_es \(notes has text\); found ""/);
    // Empty notes need no translation.
    expect(() => readPolicy(FILE, edited('DE', (s) => ((s.notes = ''), delete s.notes_es)))).not.toThrow();
    const doc = parse(text);
    delete doc.meta.stance_definitions_es.limit;
    expect(() => readPolicy(FILE, stringify(doc))).toThrow(/row \d+, column meta\.stance_definitions_es\.limit: expected a Spanish translation in limit/);
  });
  it('reports the YAML line of a syntax error', () => {
    expect(() => readPolicy(FILE, 'meta:\n  compiled: "2026\nstates: [')).toThrow(/policy\/state-policies\.yaml, row \d+: expected valid YAML/);
  });
});
