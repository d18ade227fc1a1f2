/**
 * The sheet digest cache (data-pipeline/sheet-digest.ts) is an optimisation only: on the real data a
 * cold and a warm cached build write every output byte for byte as the `--no-cache` full rebuild (the
 * run's time and commit aside); an entry that is damaged, stale (another pipeline version) or whose
 * rows do not hash to their key (found when the rows are needed) is ignored and rebuilt; a code change misses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { DigestCache, digestSheet, pipelineVersion } from '../../data-pipeline/sheet-digest.ts';
import { sha256 } from '../../data-pipeline/run-context.ts';
import { DEFAULT_SOURCES } from '../../data-pipeline/input-paths.ts';
import { tempDir } from '../support/fixtures.ts';

/** Every output as bytes, with the run's own time and commit blanked (manifest.json, datapackage.json). */
function bytes(r: PipelineResult): Map<string, string> {
  return new Map(
    [...r.files].map(([p, c]) => {
      let s = Buffer.from(c).toString('latin1');
      if (p === 'manifest.json') s = s.replace(/"generatedAt":"[^"]*","commit":(null|"[^"]*")/, '"generatedAt":"T","commit":"C"');
      if (p === 'datapackage.json') s = s.replace(/"created":"[^"]*"/, '"created":"T"');
      return [p, s];
    }),
  );
}
const detail = (r: PipelineResult) => r.timings.find((t) => t.step === 'read ICE sheets')!.detail;
const nFiles = fs.readdirSync(path.join(DEFAULT_SOURCES, 'ice-287g')).filter((f) => f.endsWith('.xlsx')).length;

let full: Map<string, string>;
beforeAll(async () => {
  full = bytes(await runPipeline({ quiet: true }));
}, 120_000);

describe('sheet digest cache, real data', () => {
  it('cold and warm cached builds write every output byte for byte as the --no-cache full rebuild', async () => {
    const dir = tempDir('cd-digest-');
    const cold = await runPipeline({ quiet: true, cacheDir: dir });
    expect(detail(cold)).toMatch(new RegExp(`^${nFiles} files, 0 from cache`));
    const warm = await runPipeline({ quiet: true, cacheDir: dir });
    expect(detail(warm)).toMatch(new RegExp(`^${nFiles} files, ${nFiles} from cache`));
    expect(full.size).toBeGreaterThan(200);
    for (const r of [cold, warm]) {
      const got = bytes(r);
      expect([...got.keys()].sort()).toEqual([...full.keys()].sort());
      for (const [p, c] of full) expect(got.get(p) === c, p).toBe(true);
    }
    expect(full.get('manifest.json')).toMatch(/"warnings":\[\{"code":"moa-link-wayback","count":\d+/);
  }, 180_000);

  it('ignores and rebuilds a digest cut short, of another version, or pointing at rows that do not hash to their key', async () => {
    const dir = tempDir('cd-digest-');
    await runPipeline({ quiet: true, cacheDir: dir });
    const digests = fs.readdirSync(path.join(dir, 'digests')).sort().map((f) => path.join(dir, 'digests', f));
    const rows = fs.readdirSync(path.join(dir, 'rows')).sort().map((f) => path.join(dir, 'rows', f));
    expect(digests).toHaveLength(nFiles);
    const contentOf = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')).content as string;
    // The rows of a sheet whose digest is left intact (a re-read sheet would write its rows again).
    const firstThree = new Set(digests.slice(0, 3).map(contentOf));
    const victim = rows.find((f) => !firstThree.has(path.basename(f, '.json')))!;
    expect(digests.filter((d, i) => i >= 3 && contentOf(d) === path.basename(victim, '.json')).length).toBeGreaterThan(0);
    fs.writeFileSync(digests[0]!, fs.readFileSync(digests[0]!, 'utf8').slice(0, 40)); // cut short
    const stale = JSON.parse(fs.readFileSync(digests[1]!, 'utf8'));
    fs.writeFileSync(digests[1]!, JSON.stringify({ ...stale, version: 'an-older-one' }));
    // Pointing at another sheet's rows, which are themselves intact: the digest's checksum catches it.
    const moved = JSON.parse(fs.readFileSync(digests[2]!, 'utf8'));
    fs.writeFileSync(digests[2]!, JSON.stringify({ ...moved, content: path.basename(rows.find((f) => f !== victim && !f.includes(moved.content))!, '.json') }));
    const damaged = await runPipeline({ quiet: true, cacheDir: dir });
    expect(detail(damaged)).toMatch(new RegExp(`^${nFiles} files, ${nFiles - 3} from cache`));
    for (const [p, c] of full) expect(bytes(damaged).get(p) === c, p).toBe(true);
    // A rows entry with one agency name changed: same shape, wrong content. Rows are read (and checked)
    // only when a sheet is folded; without the stored state every sheet is, and the damaged rows drop the
    // digest of the sheet that needed them and the run starts again.
    fs.writeFileSync(victim, fs.readFileSync(victim, 'utf8').replace(/"(\w)/, '"X$1'));
    fs.rmSync(path.join(dir, 'state'), { recursive: true });
    const r = await runPipeline({ quiet: true, cacheDir: dir }).catch((e: Error) => e);
    expect(r).not.toBeInstanceOf(Error);
    expect(detail(r as PipelineResult)).toMatch(new RegExp(`^${nFiles} files, ${nFiles - 1} from cache`));
    const got = bytes(r as PipelineResult);
    for (const [p, c] of full) expect(got.get(p) === c, p).toBe(true);
    expect(detail(await runPipeline({ quiet: true, cacheDir: dir }))).toMatch(new RegExp(`^${nFiles} files, ${nFiles} from cache`));
  }, 240_000);

  it('misses when the pipeline version differs (a code change), and the version follows every pipeline source file', async () => {
    const dir = tempDir('cd-digest-');
    const file = 'participating-2026-05-18.xlsx';
    const buf = fs.readFileSync(path.join(DEFAULT_SOURCES, 'ice-287g', file));
    const sha = sha256(buf);
    const v1 = new DigestCache(dir, 'version-one');
    const made = await digestSheet(file, '2026-05-18', buf, sha, { digests: v1, parses: null });
    const hit = new DigestCache(dir, 'version-one').get(sha, file)!;
    expect({ ...hit, rows: hit.rows() }).toEqual({ ...made, rows: made.rows() });
    expect(new DigestCache(dir, 'version-two').get(sha, file)).toBeNull();
    // A copy under another name and date is another entry (its warnings name its file).
    expect(new DigestCache(dir, 'version-one').get(sha, 'participating-2026-05-19.xlsx')).toBeNull();

    const copy = tempDir('cd-digest-src-');
    const here = path.join(DEFAULT_SOURCES, '..');
    fs.cpSync(here, copy, { recursive: true, filter: (src) => !src.startsWith(path.join(here, 'sources')) });
    const before = pipelineVersion(copy);
    expect(before).toBe(pipelineVersion(here));
    fs.appendFileSync(path.join(copy, 'steps/normalize-agreements.ts'), '\n// a change\n');
    expect(pipelineVersion(copy)).not.toBe(before);
  }, 60_000);
});
