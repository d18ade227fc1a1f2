/**
 * Reads and validates the state policy YAML. A schema problem is reported with the YAML line and
 * the field path; a state missing or listed twice is an error too. Nothing unsourced gets through.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import { STATES_AND_DC } from '../schema/geo.ts';
import { PolicyFile, StateEntry, TerritoryEntry } from '../schema/policy.ts';
import { InputError } from '../errors.ts';

export interface Policy {
  compiled: string;
  definitions: Record<string, string>;
  /** The same definitions in Spanish (meta.stance_definitions_es). */
  definitionsEs: Record<string, string>;
  states: Map<string, StateEntry>;
  territories: Map<string, TerritoryEntry>;
}

export function readPolicy(file: string, text: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError({ file, row: lineCounter.linePos(e.pos[0]).line }, 'valid YAML', e.message.split('\n')[0]);
  }
  const data: unknown = doc.toJS();

  const lineOf = (path: Array<string | number>): number | undefined => {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const fail: (issue: v.BaseIssue<unknown>, prefix: Array<string | number>) => never = (issue, prefix) => {
    const path = [...prefix, ...(issue.path?.map((p) => p.key as string | number) ?? [])];
    const last = issue.path?.at(-1);
    const key = String(path.at(-1));
    // A missing field: say which one (and, for a translation, that English is never used instead).
    const missing = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined;
    const expected = missing
      ? path.some((k) => String(k).endsWith('_es')) ? `a Spanish translation in ${key} (the /es/ pages never fall back to English)` : `a "${key}" field`
      : issue.kind === 'schema' && issue.type !== 'union' ? String(issue.expected) : issue.message;
    throw new InputError(
      { file, row: lineOf(path), column: path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(root)' },
      expected,
      // A check forwarded to a field receives the whole entry: report just that field's value.
      last && 'value' in last ? last.value : issue.input,
    );
  };

  const top = v.safeParse(PolicyFile, data);
  if (!top.success) fail(top.issues[0], []);
  const file0 = top.output;

  const states = new Map<string, StateEntry>();
  file0.states.forEach((raw, i) => {
    const r = v.safeParse(StateEntry, raw);
    if (!r.success) fail(r.issues[0], ['states', i]);
    const entry = r.output;
    const known = STATES_AND_DC.find((s) => s.usps === entry.state_abbr);
    if (!known) throw new InputError({ file, row: lineOf(['states', i, 'state_abbr']), column: `states[${i}].state_abbr` }, 'one of the 50 states or DC', entry.state_abbr);
    if (states.has(entry.state_abbr)) {
      throw new InputError({ file, row: lineOf(['states', i]), column: `states[${i}].state_abbr` }, 'each state listed once', entry.state_abbr);
    }
    if (entry.state_name !== known.name) {
      throw new InputError({ file, row: lineOf(['states', i, 'state_name']), column: `states[${i}].state_name` }, `"${known.name}" for ${known.usps}`, entry.state_name);
    }
    states.set(entry.state_abbr, entry);
  });
  const missing = STATES_AND_DC.filter((s) => !states.has(s.usps)).map((s) => s.usps);
  if (missing.length > 0) throw new InputError({ file, column: 'states' }, 'an entry for every state and DC', `missing ${missing.join(', ')}`);

  const territories = new Map<string, TerritoryEntry>();
  file0.territories.forEach((raw, i) => {
    const r = v.safeParse(TerritoryEntry, raw);
    if (!r.success) fail(r.issues[0], ['territories', i]);
    territories.set(r.output.state_abbr, r.output);
  });

  return { compiled: file0.meta.compiled, definitions: file0.meta.stance_definitions, definitionsEs: file0.meta.stance_definitions_es, states, territories };
}
