/**
 * Reads and validates the state policy table (version 2), its Spanish texts and the public
 * corrections log. A problem is reported with the file, the YAML line and the field path; a state
 * missing or listed twice, a history with gaps, a source on the content-farm list or a missing
 * translation is an error too. Nothing unsourced, undated-but-claimed or untranslated gets through.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { STATES_AND_DC } from '../schema/geo.ts';
import { ChangelogFile, Correction, PolicyFile, SpanishFile, SpanishState, StateEntry, STANCES, type Stance } from '../schema/policy.ts';
import { InputError } from '../errors.ts';
import { historyProblems } from './law-at-date.ts';

export interface SpanishTexts {
  readerNote: string;
  history: string[];
  measures: Array<{ name: string | null; summary: string }>;
}

export interface Policy {
  reviewed: string;
  definitions: Record<Stance, string>;
  definitionsEs: Record<Stance, string>;
  states: Map<string, StateEntry>;
  es: Map<string, SpanishTexts>;
}

interface Located {
  data: unknown;
  fail: (issue: v.BaseIssue<unknown>, prefix: Array<string | number>) => never;
  at: (path: Array<string | number>, expected: string, found?: unknown) => never;
}

const pathText = (path: Array<string | number>) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(root)';
/** What was found, short: a whole entry is never dumped into the message, only a scalar or a type. */
const brief = (x: unknown): unknown => (x === null || typeof x !== 'object' ? x : Array.isArray(x) ? `a list of ${x.length}` : 'an object');

/** Parses YAML keeping line numbers, and returns error helpers that name file, line and field. */
export function locate(file: string, text: string): Located {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError({ file, row: lineCounter.linePos(e.pos[0]).line }, 'valid YAML', e.message.split('\n')[0]);
  }
  const lineOf = (path: Array<string | number>): number | undefined => {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const at = (path: Array<string | number>, expected: string, found?: unknown): never => {
    throw new InputError({ file, row: lineOf(path), column: pathText(path) }, expected, brief(found));
  };
  const fail = (issue: v.BaseIssue<unknown>, prefix: Array<string | number>): never => {
    const path = [...prefix, ...(issue.path?.map((p) => p.key as string | number) ?? [])];
    const key = String(path.at(-1));
    const missing = issue.kind === 'schema' && (issue.type === 'object' || issue.type === 'strict_object') && issue.input === undefined;
    const unknownKey = issue.type === 'strict_object' && issue.input !== undefined;
    const expected = missing
      ? `a "${key}" field`
      : unknownKey ? 'no such field (check the spelling against the file header)'
      : issue.kind === 'schema' && issue.type !== 'union' ? String(issue.expected) : issue.message;
    return at(path, expected, unknownKey ? undefined : issue.input);
  };
  return { data: doc.toJS(), fail, at };
}

/** Hosts the table must never cite (content farms seen in earlier research), one per line. */
export function readDenylist(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean);
}
export const deniedHost = (url: string, deny: string[]): boolean => {
  const host = new URL(url).hostname.toLowerCase();
  return deny.some((d) => host === d || host.endsWith(`.${d}`));
};

/**
 * Words of the research process that must never reach a reader field (reader_note, a measure's name
 * or summary, a publisher). Editors keep such notes in research_open.
 */
export const EDITOR_WORDS = /research_open|second pass|not opened|not researched|not seen|replace with|code index|content.farm|adversarial review|\binferred\b/i;

export function readPolicy(file: string, text: string, esFile: string, esText: string, deny: string[] = []): Policy {
  const { data, fail, at } = locate(file, text);
  const top = v.safeParse(PolicyFile, data);
  if (!top.success) return fail(top.issues[0], []);
  const { meta, states: rawStates } = top.output;

  const states = new Map<string, StateEntry>();
  rawStates.forEach((raw, i) => {
    const r = v.safeParse(StateEntry, raw);
    if (!r.success) return fail(r.issues[0], ['states', i]);
    const e = r.output;
    if (!STATES_AND_DC.some((s) => s.usps === e.state)) at(['states', i, 'state'], 'one of the 50 states or DC', e.state);
    if (states.has(e.state)) at(['states', i, 'state'], 'each state listed once', e.state);
    for (const [field, expected] of historyProblems(e)) at(['states', i, ...field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))], expected);
    if (EDITOR_WORDS.test(e.reader_note)) at(['states', i, 'reader_note'], 'text for readers (editors’ notes belong in research_open)', e.reader_note.match(EDITOR_WORDS)![0]);
    e.measures.forEach((m, j) => {
      for (const [field, value] of [['name', m.name], ['summary', m.summary]] as const) {
        if (EDITOR_WORDS.test(value)) at(['states', i, 'measures', j, field], 'text for readers (editors’ notes belong in research_open)', value.match(EDITOR_WORDS)![0]);
      }
      m.sources.forEach((src, k) => {
        if (EDITOR_WORDS.test(src.publisher)) at(['states', i, 'measures', j, 'sources', k, 'publisher'], 'text for readers (editors’ notes belong in research_open)', src.publisher.match(EDITOR_WORDS)![0]);
      });
      if (m.signed && m.effective && m.effective < m.signed) at(['states', i, 'measures', j, 'effective'], `a date on or after signed (${m.signed})`, m.effective);
      m.sources.forEach((s, k) => {
        if (deniedHost(s.url, deny)) at(['states', i, 'measures', j, 'sources', k, 'url'], 'a source that is not on the content-farm list (policy/content-farms.txt)', s.url);
      });
    });
    states.set(e.state, e);
  });
  const missing = STATES_AND_DC.filter((s) => !states.has(s.usps)).map((s) => s.usps);
  if (missing.length > 0) at(['states'], 'an entry for every state and DC', `missing ${missing.join(', ')}`);

  const es = readSpanish(esFile, esText, states);
  return { reviewed: meta.reviewed, definitions: meta.stance_definitions, definitionsEs: es.definitions, states, es: es.states };
}

function readSpanish(file: string, text: string, english: Map<string, StateEntry>) {
  const { data, fail, at } = locate(file, text);
  const top = v.safeParse(SpanishFile, data);
  if (!top.success) return fail(top.issues[0], []);
  const states = new Map<string, SpanishTexts>();
  for (const [usps, en] of english) {
    const raw = top.output.states[usps];
    if (raw === undefined) at(['states'], `Spanish texts for ${usps} (the /es/ pages never fall back to English)`);
    const r = v.safeParse(SpanishState, raw);
    if (!r.success) return fail(r.issues[0], ['states', usps]);
    const t = r.output;
    if (t.history.length !== en.stance_history.length) at(['states', usps, 'history'], `${en.stance_history.length} translations, one per stance_history entry`, t.history.length);
    if (t.measures.length !== en.measures.length) at(['states', usps, 'measures'], `${en.measures.length} measures, in the English order`, t.measures.length);
    t.measures.forEach((m, j) => {
      if (m.en !== en.measures[j]!.name) at(['states', usps, 'measures', j, 'en'], `the English name "${en.measures[j]!.name}" (same order as the English file)`, m.en);
    });
    states.set(usps, { readerNote: t.reader_note, history: t.history, measures: t.measures.map((m) => ({ name: m.name, summary: m.summary })) });
  }
  for (const k of Object.keys(top.output.states)) if (!english.has(k)) at(['states', k], 'a state of the English file', k);
  return { definitions: top.output.meta.stance_definitions, states };
}

export function readChangelog(file: string, text: string): Correction[] {
  const { data, fail } = locate(file, text);
  const top = v.safeParse(ChangelogFile, data);
  if (!top.success) return fail(top.issues[0], []);
  return top.output.corrections.map((raw, i) => {
    const r = v.safeParse(Correction, raw);
    if (!r.success) return fail(r.issues[0], ['corrections', i]);
    return r.output;
  });
}

export { STANCES };
