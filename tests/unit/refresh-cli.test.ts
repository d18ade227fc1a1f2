/**
 * `npm run refresh` as the README tells users to type it: each README example is run word for word
 * (a spawned shell in a copy of the project; ICE's URL served from 127.0.0.1 because tests have no
 * internet), with and without --date, by file and by URL; a bad --date is named as the argument;
 * Ctrl-C in the middle of the rebuild leaves sources and outputs in step.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../data-pipeline/build.ts';
import { parseRefreshArgs } from '../../data-pipeline/refresh.ts';
import { HEADER_V4, row, utc, xlsxBytes } from '../support/fixtures.ts';
import { projectCopy, runLine, state } from '../support/project-copy.ts';

const README = fs.readFileSync('README.md', 'utf8');
const section = README.slice(README.indexOf('## Adding a new ICE spreadsheet'), README.indexOf('\n## ', README.indexOf('## Adding a new ICE spreadsheet') + 5));
const EXAMPLES = [...section.matchAll(/^npm run refresh -- .+$/gm)].map((m) => m[0]);
const ICE_ORIGIN = 'https://www.ice.gov';

const OLD = { 'participating-2026-01-01.xlsx': [HEADER_V4, row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24))] };
let newSheet: Buffer;
let server: http.Server;
let origin = '';

beforeAll(async () => {
  newSheet = await xlsxBytes([HEADER_V4, row('TEXAS', 'Keller Police Department', 'Municipality', 'Tarrant County', 'Warrant Service Officer', utc(2025, 8, 28))]);
  server = http.createServer((req, res) => {
    if (req.url?.endsWith('/participatingAgencies06012026am.xlsx') || req.url?.endsWith('/agencies.xlsx')) res.writeHead(200).end(newSheet);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A copy of the project with one stored sheet (2026-01-01), its outputs built, and the new file downloaded. */
async function setup() {
  const dir = await projectCopy(OLD);
  await runPipeline({ sources: path.join(dir, 'data-pipeline/sources'), out: path.join(dir, 'public/data'), quiet: true });
  for (const name of ['participatingAgencies06012026am.xlsx', 'agencies.xlsx']) fs.writeFileSync(path.join(dir, 'downloads', name), newSheet);
  return dir;
}
const localLine = (line: string) => line.replace(ICE_ORIGIN, origin);
const STORED = ['participating-2026-01-01.xlsx', 'participating-2026-06-01.xlsx'];

describe('the README documents the refresh command', () => {
  it('with a file, with a URL, and with --date', () => {
    expect(EXAMPLES).toHaveLength(3);
    expect(EXAMPLES.filter((l) => l.includes('--date'))).toHaveLength(1);
    expect(EXAMPLES.filter((l) => l.includes(ICE_ORIGIN))).toHaveLength(1);
  });
});

// Each case spawns npm + tsx and the pipeline once or twice: allow for a loaded machine.
describe('npm run refresh, spawned as typed', { timeout: 180_000 }, () => {
  for (const [i, line] of EXAMPLES.entries()) {
    it(`README example ${i + 1}: ${line}`, async () => {
      const dir = await setup();
      const r = await runLine(localLine(line), path.join(dir, 'downloads'));
      expect(r.stderr).not.toMatch(/usage:|failed/i);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Stored ice-287g/participating-2026-06-01.xlsx');
      expect(state(dir)).toEqual({ asOf: '2026-06-01', sheets: STORED, stray: [] });
      // The same command again: stored and built already.
      const again = await runLine(localLine(line), path.join(dir, 'downloads'));
      expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('nothing to do')]);
    });
  }

  it('a URL with --date, the date before the file', async () => {
    const dir = await setup();
    const r = await runLine(`npm run refresh -- --date 2026-06-01 ${origin}/files/agencies.xlsx`, dir);
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringMatching(/failed/)]);
    expect(state(dir)).toEqual({ asOf: '2026-06-01', sheets: STORED, stray: [] });
  });

  it('--date 2026-13-45 is named as the argument, and nothing changes', async () => {
    const dir = await setup();
    const before = state(dir);
    const r = await runLine('npm run refresh -- ./agencies.xlsx --date 2026-13-45', path.join(dir, 'downloads'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the --date argument: expected a calendar date written YYYY-MM-DD; found "2026-13-45"');
    expect(r.stderr).not.toContain('internal');
    expect(state(dir)).toEqual(before);
  });

  it('Ctrl-C while the pipeline runs: nothing stored, outputs unchanged; the same command then succeeds', async () => {
    const dir = await setup();
    const before = state(dir);
    let sent = false;
    const r = await runLine('npm run refresh -- ./participatingAgencies06012026am.xlsx', path.join(dir, 'downloads'), (out, child) => {
      // The sheet has been read and checked and the rebuild is under way: press Ctrl-C (the whole process group).
      if (!sent && out.includes('read ICE sheets')) {
        sent = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(r.stdout).not.toContain('Stored ice-287g');
    expect(state(dir)).toEqual(before);
    const again = await runLine('npm run refresh -- ./participatingAgencies06012026am.xlsx', path.join(dir, 'downloads'));
    expect(again.code).toBe(0);
    expect(state(dir)).toEqual({ asOf: '2026-06-01', sheets: STORED, stray: [] });
  });

  it('a sheet stored by an interrupted older refresh is built into the outputs, not skipped', async () => {
    const dir = await setup();
    fs.writeFileSync(path.join(dir, 'data-pipeline/sources/ice-287g/participating-2026-06-01.xlsx'), newSheet);
    const r = await runLine('npm run refresh -- ./participatingAgencies06012026am.xlsx', path.join(dir, 'downloads'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('interrupted refresh');
    expect(state(dir)).toEqual({ asOf: '2026-06-01', sheets: STORED, stray: [] });
  });
});

describe('refresh arguments', () => {
  it('one file or URL and an optional --date, in any order; a relative path is read from where the command was typed', () => {
    expect(parseRefreshArgs(['a.xlsx'], '/home/u/dl')).toEqual({ input: '/home/u/dl/a.xlsx' });
    expect(parseRefreshArgs(['--date', '2026-06-01', 'a.xlsx'], '/x')).toEqual({ input: '/x/a.xlsx', date: '2026-06-01' });
    expect(parseRefreshArgs(['https://h/a.xlsx', '--date=2026-06-01'], '/x')).toEqual({ input: 'https://h/a.xlsx', date: '2026-06-01' });
    expect(parseRefreshArgs([], '/x')).toEqual({ latest: true });
    expect(parseRefreshArgs(['--date', '2026-06-01'], '/x')).toEqual({ error: expect.stringContaining('usage:') });
    expect(parseRefreshArgs(['a.xlsx', 'b.xlsx'], '/x')).toEqual({ error: expect.stringContaining('one file or URL at a time') });
    expect(parseRefreshArgs(['a.xlsx', '--data', 'x'], '/x')).toEqual({ error: expect.stringContaining("'--data'") });
  });
});
