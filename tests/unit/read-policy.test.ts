/**
 * The policy table (version 2), its Spanish texts and the corrections log: the real files pass, and
 * each kind of bad input stops with the file, the YAML line and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readChangelog, readDenylist, readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';

const read = (rel: string) => fs.readFileSync(path.join(DEFAULT_SOURCES, rel), 'utf8');
const text = read(POLICY.table);
const es = read(POLICY.spanish);
const deny = readDenylist(read(POLICY.denylist));
const load = (en = text, spanish = es) => readPolicy(POLICY.table, en, POLICY.spanish, spanish, deny);

/** The real file with one state's entry changed. */
function edited(usps: string, change: (entry: Record<string, any>) => void, source = text): { yaml: string; index: number } {
  const doc = parse(source);
  const index = doc.states.findIndex((s: { state: string }) => s.state === usps);
  change(doc.states[index]);
  return { yaml: stringify(doc), index };
}
const lineOf = (yaml: string, re: RegExp) => yaml.split('\n').findIndex((l) => re.test(l)) + 1;

describe('the real policy table (version 2)', () => {
  const policy = load();
  it('has every state and DC exactly once', () => {
    expect([...policy.states.keys()].sort()).toEqual(STATES_AND_DC.map((s) => s.usps).sort());
    const listed = parse(text).states.map((s: { state: string }) => s.state);
    expect(new Set(listed).size).toBe(listed.length);
  });
  it('has the stances of version 2 (CT limit, ME prohibit) and six mandate, ten prohibit states', () => {
    expect(policy.states.get('CT')).toMatchObject({ stance: 'limit', possible_stance: 'prohibit' });
    expect(policy.states.get('ME')).toMatchObject({ stance: 'prohibit', possible_stance: 'limit', confidence: 'low' });
    const by = (st: string) => [...policy.states.values()].filter((s) => s.stance === st).map((s) => s.state).sort();
    expect(by('mandate')).toEqual(['AR', 'FL', 'GA', 'MS', 'TN', 'TX']);
    expect(by('prohibit')).toEqual(['CA', 'DE', 'IL', 'MD', 'ME', 'NJ', 'NM', 'NY', 'OR', 'WA']);
    expect([...policy.states.values()].filter((s) => s.possible_stance).map((s) => s.state).sort()).toEqual(['CT', 'HI', 'ME', 'MS', 'NV', 'NY', 'RI', 'TN']);
  });
  it('drops the editors-only research_open from every entry it returns', () => {
    expect(parse(text).states.filter((s: { research_open?: string }) => s.research_open).length).toBeGreaterThan(40);
    for (const s of policy.states.values()) expect(s).not.toHaveProperty('research_open');
  });
  it('has a Spanish text for every reader text, in the English order', () => {
    for (const [usps, s] of policy.states) {
      const t = policy.es.get(usps)!;
      expect(t.readerNote, usps).toMatch(/\S/);
      expect(t.history).toHaveLength(s.stance_history.length);
      expect(t.measures).toHaveLength(s.measures.length);
    }
    expect(Object.values(policy.definitionsEs).every((d) => /\S/.test(d))).toBe(true);
  });
  it('reads the corrections log, v1 to v2 changes included', () => {
    const log = readChangelog(POLICY.changelog, read(POLICY.changelog));
    const states = log.flatMap((c) => c.states);
    for (const u of ['CT', 'ME', 'TN', 'MS', 'FL', 'NJ', 'VA', 'CO']) expect(states, u).toContain(u);
  });
});

describe('bad policy input names the file, line and field', () => {
  const T = 'policy/state-policies-v2\\.yaml';
  it('an unknown stance', () => {
    const { yaml, index } = edited('TX', (s) => (s.stance = 'required'));
    expect(() => load(yaml)).toThrow(new RegExp(`^${T}, row ${lineOf(yaml, /^\s+stance: required/)}, column states\\[${index}\\]\\.stance: expected \\("mandate"`));
  });
  it('a measure without a source, in one short line', () => {
    const { yaml, index } = edited('AR', (s) => (s.measures[0].sources = []));
    let msg = '';
    try {
      load(yaml);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(new RegExp(`^${T}, row \\d+, column states\\[${index}\\]\\.measures\\[0\\]\\.sources: expected at least one source`));
    expect(msg.length).toBeLessThan(300);
  });
  it('a date that is not a real date', () => {
    const { yaml, index } = edited('TX', (s) => (s.measures[0].effective = '2026-02-30'));
    expect(() => load(yaml)).toThrow(new RegExp(`column states\\[${index}\\]\\.measures\\[0\\]\\.effective: expected must be a real date`));
  });
  it('an effective date before the signing date', () => {
    const { yaml, index } = edited('TX', (s) => (s.measures[0].effective = '2020-01-01'));
    expect(() => load(yaml)).toThrow(new RegExp(`column states\\[${index}\\]\\.measures\\[0\\]\\.effective: expected a date on or after signed`));
  });
  it('a stance_since that disagrees with the history', () => {
    const { yaml, index } = edited('TX', (s) => (s.stance_since = '2026-02-01'));
    expect(() => load(yaml)).toThrow(new RegExp(`${T}, row ${lineOf(yaml, /^\s+stance_since: 2026-02-01/)}, column states\\[${index}\\]\\.stance_since: expected the day after the last history period ends \\(2026-01-01\\)`));
  });
  it('a gap in the history', () => {
    const { yaml, index } = edited('AR', (s) => (s.stance_history[1].from = '2019-08-01'));
    expect(() => load(yaml)).toThrow(new RegExp(`column states\\[${index}\\]\\.stance_history\\[1\\]\\.from: expected the day after the previous period ends \\(2019-07-24\\)`));
  });
  it('an unknown field (a misspelled research_open would otherwise slip through)', () => {
    const { yaml, index } = edited('TX', (s) => (s.research_opn = 'x'));
    expect(() => load(yaml)).toThrow(new RegExp(`column states\\[${index}\\]\\.research_opn: expected no such field`));
  });
  it('a state missing or listed twice', () => {
    const doc = parse(text);
    doc.states = doc.states.filter((s: { state: string }) => s.state !== 'WY');
    expect(() => load(stringify(doc))).toThrow(/column states: expected an entry for every state and DC; found "missing WY"/);
    doc.states.push({ ...doc.states[0] });
    expect(() => load(stringify(doc))).toThrow(/expected an entry for every state|expected each state listed once/);
  });
  it('a missing or misplaced Spanish text', () => {
    const doc = parse(es);
    delete doc.states.DE.reader_note;
    expect(() => load(text, stringify(doc))).toThrow(/^policy\/state-policies-v2\.es\.yaml, row \d+, column states\.DE\.reader_note: expected a "reader_note" field/);
    const swapped = parse(es);
    swapped.states.TX.measures.reverse();
    expect(() => load(text, stringify(swapped))).toThrow(/column states\.TX\.measures\.0\.en|column states\.TX\.measures\[0\]\.en: expected the English name/);
    const gone = parse(es);
    delete gone.states.NM;
    expect(() => load(text, stringify(gone))).toThrow(/expected Spanish texts for NM/);
  });
  it('broken YAML', () => {
    expect(() => load('meta:\n  reviewed: "2026\nstates: [')).toThrow(/^policy\/state-policies-v2\.yaml, row \d+: expected valid YAML/);
  });
});

describe('editors’ words never reach a reader field', () => {
  it('stops on research-process words in a reader note, summary or publisher', () => {
    const note = edited('TX', (s) => (s.reader_note = 'Texas requires it (second pass: not opened).'));
    expect(() => load(note.yaml)).toThrow(new RegExp(`column states\\[${note.index}\\]\\.reader_note: expected text for readers`));
    const sum = edited('TX', (s) => (s.measures[0].summary += ' Date inferred, see research_open.'));
    expect(() => load(sum.yaml)).toThrow(new RegExp(`column states\\[${sum.index}\\]\\.measures\\[0\\]\\.summary: expected text for readers`));
    const pub = edited('TX', (s) => (s.measures[0].sources[0].publisher = 'Not opened'));
    expect(() => load(pub.yaml)).toThrow(new RegExp(`column states\\[${pub.index}\\]\\.measures\\[0\\]\\.sources\\[0\\]\\.publisher: expected text for readers`));
    const todo = edited('TX', (s) => (s.measures[0].sources[0].publisher = 'Bill text (copy; replace with the official PDF)'));
    expect(() => load(todo.yaml)).toThrow(new RegExp(`column states\\[${todo.index}\\]\\.measures\\[0\\]\\.sources\\[0\\]\\.publisher: expected text for readers.*replace with`));
    const unseen = edited('TX', (s) => (s.measures[0].name += ' (bill number not seen)'));
    expect(() => load(unseen.yaml)).toThrow(new RegExp(`column states\\[${unseen.index}\\]\\.measures\\[0\\]\\.name: expected text for readers`));
  });
});
