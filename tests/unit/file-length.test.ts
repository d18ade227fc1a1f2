/**
 * The house rule from issue #17: no source file over 300 lines, so a module stays small enough to read
 * in one sitting. The English and Spanish dictionaries are the only exception the issue allows.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walk } from '../../integrations/static-imports.mjs';

const ROOTS = ['src', 'data-pipeline', 'scripts', 'integrations', 'tests', '.ci'];
const SOURCE = /\.(ts|mts|mjs|js|astro|css)$/;
const DICTIONARIES = new Set(['src/i18n/en.ts', 'src/i18n/es.ts']);
const MAX_LINES = 300;

const sourceFiles = (root: string) => (fs.existsSync(root) ? walk(root).map((f: string) => `${root}/${f}`).filter((f: string) => SOURCE.test(f)) : []);

describe('house rules', () => {
  it(`no source file is over ${MAX_LINES} lines (the two dictionaries aside)`, () => {
    const files = ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .filter((f) => !DICTIONARIES.has(f))
      .map((f) => ({ f, lines: fs.readFileSync(f, 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(long).toEqual([]);
  });
});
