/**
 * Input errors name the place and stop: a policy entry without a source gives the YAML line and the
 * field, not a dump of the whole entry; long values are quoted by their start and length. The rule
 * lives in errors.ts (formatInputError), so it holds whatever the policy schema looks like.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { formatInputError } from '../../data-pipeline/errors.ts';
import { readPolicy } from '../../data-pipeline/steps/read-policy.ts';

const FILE = 'policy/state-policies.yaml';
const TEXT = fs.readFileSync(path.join(DEFAULT_SOURCES, FILE), 'utf8');

describe('policy errors', () => {
  it('a state with measures and no source URL: line and field, no dump of the entry', () => {
    const lines = TEXT.split('\n');
    const at = lines.findIndex((l) => l === '  source_urls:');
    const entryLine = lines.slice(0, at).findLastIndex((l) => l.startsWith('- ')) + 1;
    let end = at + 1;
    while (lines[end]!.startsWith('  - ')) end++;
    lines.splice(at, end - at, '  source_urls: []');
    let message = '';
    try {
      readPolicy(FILE, lines.join('\n'));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`^policy/state-policies\\.yaml, row (${entryLine}|${at + 1}), column states\\[0\\](\\.source_urls)?: expected .*source URL.*source_urls`));
    expect(message.length).toBeLessThan(300);
    expect(message).not.toMatch(/state_name|summary_es|"measures"/);
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
