/**
 * The planted bugs of `npm run test:mutation` name the exact text they replace; a refactor that moves
 * that text makes the mutation run fail only when someone runs it. This catches the drift in `npm test`.
 * Edits to dist/ are left out: the unit tests run before the site is built.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../scripts/mutations.mjs';

describe('planted bugs (scripts/mutations.mjs)', () => {
  const edits = MUTATIONS.flatMap((m) => m.edits.filter((e) => !e.file.startsWith('dist/')).map((e) => ({ id: m.id, ...e })));

  it('each source edit finds its text exactly once (or at least once when it replaces all)', () => {
    expect(edits.length).toBeGreaterThan(10);
    const drifted = edits.flatMap((e) => {
      const n = fs.existsSync(e.file) ? fs.readFileSync(e.file, 'utf8').split(e.from).length - 1 : -1;
      return n === 1 || ('all' in e && e.all && n > 0) ? [] : [`${e.id}: ${e.file} has the text ${n < 0 ? '(no such file)' : `${n} times`}`];
    });
    expect(drifted).toEqual([]);
  });

  it('each names a test file that exists', () => {
    for (const m of MUTATIONS) expect(fs.existsSync(m.test.file), `${m.id}: ${m.test.file}`).toBe(true);
  });
});
