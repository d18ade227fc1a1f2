/**
 * The sheet parse cache (data-pipeline/parse-cache.ts) is an optimisation only: a warm run writes the
 * same outputs as a full parse, a damaged entry is parsed again, a parser error is never stored, and
 * `npm run data -- --no-cache` / CD_NO_CACHE=1 parse every sheet. Real ICE sheets (dates, links) are used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, cliCacheDir, runPipeline } from '../../data-pipeline/build.ts';
import { ParseCache, parseSheet } from '../../data-pipeline/parse-cache.ts';
import { sha256 } from '../../data-pipeline/run-context.ts';
import { readIceSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { readSheetLinks } from '../../data-pipeline/steps/read-sheet-links.ts';
import { HEADER_V4, makeSources, row, tempDir, utc } from '../support/fixtures.ts';

const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');
// A sheet with SIGNED dates as Date cells and ICE's MOA hyperlinks, the newest sheet, and a pending list.
const REAL = ['participating-2026-04-30.xlsx', 'participating-2026-05-18.xlsx', 'pending-2026-02-27.xlsx'];
const real = () => Object.fromEntries(REAL.map((f) => [f, fs.readFileSync(path.join(ICE, f))]));
/** Every output but the two that carry the run's time. */
const stable = (files: Map<string, string | Uint8Array>) => new Map([...files].filter(([p]) => p !== 'manifest.json' && p !== 'datapackage.json').map(([p, c]) => [p, Buffer.from(c).toString('base64')]));
const readDetail = (r: Awaited<ReturnType<typeof runPipeline>>) => r.timings.find((t) => t.step === 'read ICE sheets')!.detail;

describe('parse cache', () => {
  let sources: string;
  let full: Awaited<ReturnType<typeof runPipeline>>;
  beforeAll(async () => {
    sources = await makeSources(real());
    full = await runPipeline({ sources, quiet: true });
  }, 120_000);

  it('gives back exactly what the parser gives (cells, Date values, links), under the file name asked for', async () => {
    const cache = new ParseCache(tempDir('cd-cache-'));
    for (const f of REAL) {
      const bytes = fs.readFileSync(path.join(ICE, f));
      await parseSheet(f, bytes, sha256(bytes), cache);
      const cached = cache.get('copy.xlsx', sha256(bytes));
      expect(cached).not.toBeNull();
      expect(cached!.sheet).toEqual({ ...(await readIceSheet(f, bytes)), file: 'copy.xlsx' });
      expect(cached!.links).toEqual(await readSheetLinks(f, bytes));
    }
    expect(cache.misses).toBe(3);
  });

  it('a warm run writes the same outputs as the full parse, reading every sheet from the cache', async () => {
    const dir = tempDir('cd-cache-');
    const cold = await runPipeline({ sources, quiet: true, cacheDir: dir });
    expect(readDetail(cold)).toMatch(/^3 files, 0 from cache/);
    const warm = await runPipeline({ sources, quiet: true, cacheDir: dir });
    expect(readDetail(warm)).toMatch(/^3 files, 3 from cache/);
    expect(stable(warm.files)).toEqual(stable(full.files));
    expect(stable(cold.files)).toEqual(stable(full.files));
  }, 120_000);

  it('parses again, and repairs, an entry that is damaged or of the wrong shape', async () => {
    const dir = tempDir('cd-cache-');
    await runPipeline({ sources, quiet: true, cacheDir: dir });
    const entries = fs.readdirSync(dir).filter((e) => e.endsWith('.json')).sort();
    expect(entries).toHaveLength(3);
    // Without the sheet digests (sheet-digest.ts, tested in sheet-digest.test.ts) every sheet goes back to the parse cache.
    fs.rmSync(path.join(dir, 'digests'), { recursive: true });
    const [a, b, c] = entries.map((e) => path.join(dir, e));
    fs.writeFileSync(a!, '{"sheet":"Sheet1","kind":"partic'); // cut short
    const shape = JSON.parse(fs.readFileSync(b!, 'utf8'));
    shape.rows[0].pop(); // a row one cell short
    fs.writeFileSync(b!, JSON.stringify(shape));
    const cell = JSON.parse(fs.readFileSync(c!, 'utf8'));
    cell.rows[0][1] = { d: 'yesterday' }; // not a date the encoder writes
    fs.writeFileSync(c!, JSON.stringify(cell));
    const r = await runPipeline({ sources, quiet: true, cacheDir: dir });
    expect(readDetail(r)).toMatch(/^3 files, 0 from cache/);
    expect(stable(r.files)).toEqual(stable(full.files));
    expect(readDetail(await runPipeline({ sources, quiet: true, cacheDir: dir }))).toMatch(/^3 files, 3 from cache/);
  }, 120_000);

  it('stores no sheet the parser rejects, and a cached sheet still fails normalisation with the same message', async () => {
    const good = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
    const dir = tempDir('cd-cache-');
    const noState = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4.filter((h) => h !== 'STATE'), good.slice(1)] });
    for (let i = 0; i < 2; i++) {
      await expect(runPipeline({ sources: noState, quiet: true, cacheDir: dir })).rejects.toThrow(/participating-2026-01-01\.xlsx, sheet "Sheet1", row 1: expected a "STATE" column/);
    }
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    const narnia = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good, row('NARNIA', 'X Police', 'Municipality', null, 'Task Force Model', utc(2025, 1, 1))] });
    for (let i = 0; i < 2; i++) {
      await expect(runPipeline({ sources: narnia, quiet: true, cacheDir: dir })).rejects.toThrow(/participating-2026-01-01\.xlsx, sheet "Sheet1", row 3, column A \(STATE\): expected a US state or territory name; found "NARNIA"/);
    }
  }, 60_000);

  it('CD_NO_CACHE=1 and --no-cache turn it off; CD_CACHE_DIR moves it', () => {
    expect(cliCacheDir(['tsx', 'build.ts'], {})).toMatch(/\.cache[\\/]sheets$/);
    expect(cliCacheDir(['tsx', 'build.ts', '--no-cache'], {})).toBeUndefined();
    expect(cliCacheDir(['tsx', 'build.ts'], { CD_NO_CACHE: '1' })).toBeUndefined();
    expect(cliCacheDir(['tsx', 'build.ts'], { CD_NO_CACHE: '0', CD_CACHE_DIR: '/x' })).toBe('/x');
  });

  it('`npm run data -- --no-cache` parses every sheet and stores nothing; `npm run data` fills it', () => {
    const dir = tempDir('cd-cache-');
    const cache = path.join(dir, 'cache');
    const run = (...extra: string[]) =>
      execFileSync('npm', ['run', 'data', '--', '--sources', sources, '--out', path.join(dir, 'out'), ...extra], { encoding: 'utf8', env: { ...process.env, CD_CACHE_DIR: cache } });
    const uncached = run('--no-cache');
    expect(uncached).toMatch(/read ICE sheets +3 files, [\d,]+ rows/);
    expect(fs.existsSync(cache)).toBe(false);
    expect(run()).toMatch(/read ICE sheets +3 files, 0 from cache/);
    expect(fs.readdirSync(cache).filter((e) => e.endsWith('.json'))).toHaveLength(3);
    expect(fs.readdirSync(path.join(cache, 'digests'))).toHaveLength(3);
  }, 120_000);
});
