/**
 * Input errors name the place and stop: a policy entry without a source gives the YAML line and the
 * field, not a dump of the whole entry; long values are quoted by their start and length. The rule
 * lives in errors.ts (formatInputError), so it holds whatever the policy schema looks like.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';
import { formatInputError } from '../../data-pipeline/errors.ts';
import { readDenylist, readPolicy } from '../../data-pipeline/steps/read-policy.ts';

const read = (rel: string) => fs.readFileSync(path.join(DEFAULT_SOURCES, rel), 'utf8');

/** The real table with the first measure of the first state that has one changed; that state's index and the message. */
function messageFor(change: (measure: Record<string, unknown>) => void): { index: number; message: string } {
  const doc = parse(read(POLICY.table));
  const index = doc.states.findIndex((s: { measures: unknown[] }) => s.measures.length > 0);
  change(doc.states[index].measures[0]);
  try {
    readPolicy(POLICY.table, stringify(doc), POLICY.spanish, read(POLICY.spanish), readDenylist(read(POLICY.denylist)));
  } catch (err) {
    return { index, message: (err as Error).message };
  }
  return { index, message: '' };
}

describe('policy errors', () => {
  it('a measure without a source: line and field, no dump of the entry', () => {
    for (const [change, expected] of [
      [(m: Record<string, unknown>) => delete m.sources, 'a "sources" field'],
      [(m: Record<string, unknown>) => (m.sources = []), 'at least one source'],
    ] as const) {
      const { index, message } = messageFor(change);
      expect(message.startsWith(`${POLICY.table}, row `)).toBe(true);
      expect(message).toMatch(new RegExp(`, row \\d+, column states\\[${index}\\]\\.measures\\[0\\]\\.sources: expected ${expected.replace(/[()"]/g, '.')}`));
      expect(message.length).toBeLessThan(200);
      expect(message).not.toMatch(/summary|publisher|https?:/);
    }
  });
});

describe('formatInputError keeps the found value short', () => {
  const where = { file: 'f.yaml', row: 3, column: 'states[0]' };
  it('short values in full; long text by its start and length; long records and lists left out', () => {
    expect(formatInputError(where, 'x', 'short')).toBe('f.yaml, row 3, column states[0]: expected x; found "short"');
    expect(formatInputError(where, 'x', ['a', 'b'])).toBe('f.yaml, row 3, column states[0]: expected x; found ["a","b"]');
    expect(formatInputError(where, 'x', 'y'.repeat(5000))).toBe(`f.yaml, row 3, column states[0]: expected x; found "${'y'.repeat(80)}"… (5,000 characters)`);
    expect(formatInputError(where, 'x', { name: 'n'.repeat(200), measures: [] })).toBe('f.yaml, row 3, column states[0]: expected x');
    expect(formatInputError(where, 'x', Array.from({ length: 100 }, (_, i) => `h${i}`))).toBe('f.yaml, row 3, column states[0]: expected x');
    expect(formatInputError(where, 'x')).toBe('f.yaml, row 3, column states[0]: expected x');
  });
});
