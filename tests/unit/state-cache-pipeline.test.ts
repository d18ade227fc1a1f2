/**
 * The cached pipeline against the full rebuild on daily sheets that each differ from the day before
 * (scripts/growth-sheets.ts), the way `npm run data` and CI's `--no-cache` run it: a new sheet on top of
 * a stored state, an earlier sheet changed under it, and a damaged rows entry all give the bytes of
 * the uncached run (less the run's time stamps), and a refresh folds only the new sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { growthDistinct } from '../../scripts/bench-growth.ts';
import { COUNTY_POPULATION } from '../../data-pipeline/steps/read-county-population.ts';

let g: Awaited<ReturnType<typeof growthDistinct>>;
let cacheDir: string;
const added = () => new Map([[g.next.name, g.next.bytes]]);

beforeAll(async () => {
  g = await growthDistinct(6);
  cacheDir = path.join(g.dir, 'cache');
  // A few real sheets before the generated ones keep each run short (the aliases and news claims name older sheets).
  for (const f of fs.readdirSync(g.ice)) {
    if (/^(participating|pending)-(2025|2026-0[1-3])/.test(f) || f.startsWith('quirk-')) fs.rmSync(path.join(g.ice, f));
  }
  fs.rmSync(path.join(g.sources, 'agency-aliases.csv'));
  fs.rmSync(path.join(g.sources, 'claims'), { recursive: true });
}, 120_000);
afterAll(() => fs.rmSync(g.dir, { recursive: true, force: true }));

const stamp = (b: string | Uint8Array | undefined) => (b === undefined ? '(missing)' : Buffer.from(b).toString('utf8').replace(/"(generatedAt|created)":"[^"]*"/g, ''));
function expectSameFiles(a: PipelineResult, b: PipelineResult): void {
  expect([...b.files.keys()]).toEqual([...a.files.keys()]);
  const differ = [...a.files].filter(([rel, bytes]) => stamp(bytes) !== stamp(b.files.get(rel))).map(([rel]) => rel);
  expect(differ).toEqual([]);
}
const fold = (r: PipelineResult) => r.timings.find((t) => t.step === 'fold sheets')!.detail;
const run = (opts: { cache?: boolean; add?: boolean }) =>
  runPipeline({ sources: g.sources, quiet: true, ...(opts.cache ? { cacheDir } : {}), ...(opts.add ? { addedSheets: added() } : {}) });

describe('sheet state in the pipeline', () => {
  it('gives the full rebuild\'s bytes for a new sheet on a stored state, folding only that sheet', async () => {
    const full = await run({ add: true });
    const fill = await run({ cache: true });
    expect(fold(fill)).toMatch(/^(\d+) of \1 snapshots folded, /);
    // Nothing new: nothing folded, and the stored state is not written again.
    const stateFile = path.join(cacheDir, 'state', fs.readdirSync(path.join(cacheDir, 'state'))[0]!);
    const written = fs.statSync(stateFile).mtimeMs;
    const warm = await run({ cache: true });
    expect(fold(warm)).toMatch(/^0 of (\d+) snapshots folded \(\1 from the stored state\)/);
    expect(warm.timings.find((t) => t.step === 'list changes')!.detail).not.toMatch(/stored/);
    expect(fs.statSync(stateFile).mtimeMs).toBe(written);
    // A refresh that fails after the fold (a broken input read later) stores no state for its new sheet.
    const population = path.join(g.sources, COUNTY_POPULATION.file);
    const good = fs.readFileSync(population);
    fs.writeFileSync(population, 'not,a,population,file\n');
    await expect(run({ cache: true, add: true })).rejects.toThrow(/population/i);
    fs.writeFileSync(population, good);
    expect(fs.statSync(stateFile).mtimeMs).toBe(written);
    const plus = await run({ cache: true, add: true });
    const n = plus.summary.snapshots.reduce((k, p) => k + p.sheets, 0);
    expect(fold(plus)).toBe(`1 of ${n} snapshots folded (${n - 1} from the stored state), latest ${g.next.name.slice(14, 24)}`);
    expectSameFiles(full, plus);
    // The generated sheets changed the list each day: changes.json has an entry for every one.
    const changes = JSON.parse(String(plus.files.get('changes.json'))) as Array<{ date: string }>;
    expect(changes.slice(-7).map((c) => c.date)).toEqual(plus.summary.snapshots.slice(-7).map((p) => p.date));
  }, 120_000);

  it('folds every sheet again when an earlier sheet changed, and reads a damaged rows entry from its file', async () => {
    // Day 3's file replaced by day 5's list: every later sheet's state is stale.
    fs.copyFileSync(path.join(g.ice, g.added[4]!), path.join(g.ice, g.added[2]!));
    const cached = await run({ cache: true, add: true });
    expect(fold(cached)).toMatch(/^(\d+) of \1 snapshots folded, /);
    const full = await run({ add: true });
    expectSameFiles(full, cached);
    // No stored state, and the rows of one content damaged (still JSON): the run starts again without it.
    fs.rmSync(path.join(cacheDir, 'state'), { recursive: true });
    const rowsDir = path.join(cacheDir, 'rows');
    const victim = path.join(rowsDir, fs.readdirSync(rowsDir).sort()[0]!);
    fs.writeFileSync(victim, fs.readFileSync(victim, 'utf8').replace(/"TX"/, '"OK"'));
    const repaired = await run({ cache: true, add: true });
    expectSameFiles(full, repaired);
  }, 120_000);
});
