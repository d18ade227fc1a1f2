/**
 * `npm run bench -- --growth N [--distinct]` as data-pipeline/README.md gives it (spawned, small N): the
 * four runs happen, the +1 run reads every sheet but the new one from the cache, folds only the new
 * sheet onto the stored state, and writes what the uncached full rebuild writes.
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

  it('with --distinct: daily sheets that differ, the +1 run folding only the new sheet, outputs as the full rebuild', () => {
    const n = 2;
    const out = execFileSync('npm', ['run', 'bench', '--', '--growth', String(n), '--distinct'], { encoding: 'utf8', timeout: 240_000 });
    const files = fs.readdirSync(path.join(DEFAULT_SOURCES, 'ice-287g')).filter((f) => f.endsWith('.xlsx')).length + n + 1;
    expect(out).toMatch(/^Growth: 2 distinct daily sheets after participating-/m);
    expect(out).toMatch(new RegExp(`^read ICE sheets( +[\\d.]+ s){3} +${files} files, ${files - 1} from cache, `, 'm'));
    expect(out).toMatch(/^fold sheets( +[\d.]+ s){3} +1 of (\d+) snapshots folded \((\d+) from the stored state\)/m);
    expect(out).toMatch(/^\+1 outputs identical to cold \(no cache\): yes$/m);
    expect(out).toMatch(/^people-covered\.csv .* KB gzip\)$/m);
  }, 240_000);
});
