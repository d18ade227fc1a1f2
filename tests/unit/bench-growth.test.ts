/**
 * `npm run bench -- --growth N` as data-pipeline/README.md gives it (spawned, small N): the four runs
 * happen and the +1 run reads every sheet but the new one from the cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../data-pipeline/input-paths.ts';

describe('npm run bench -- --growth', () => {
  it('prints cold, warm and +1 times per step, the +1 run reading all but the new sheet from the cache', () => {
    const n = 2;
    const out = execFileSync('npm', ['run', 'bench', '--', '--growth', String(n)], { encoding: 'utf8', timeout: 240_000 });
    const files = fs.readdirSync(path.join(DEFAULT_SOURCES, 'ice-287g')).filter((f) => f.endsWith('.xlsx')).length + n + 1;
    expect(out).toMatch(/^step +cold +warm +\+1 +detail \(\+1 run\)$/m);
    expect(out).toMatch(new RegExp(`^read ICE sheets( +[\\d.]+ s){3} +${files} files, ${files - 1} from cache, `, 'm'));
    expect(out).toMatch(/^total( +[\d.]+ s){3} /m);
    expect(out).toMatch(/^CPU time \(user\+sys\)( +[\d.]+ s){3}/m);
    expect(out).toMatch(/^states\/tx\.json .* KB gzip\)$/m);
  }, 240_000);
});
