/**
 * scripts/refresh-and-build.sh (what .github/workflows/refresh.yml runs), in a git copy of the project
 * against the fixture ICE page on 127.0.0.1: the first run commits the new sheets, the second changes
 * nothing (idempotent); a failing test command or a page without links stops it with nothing committed;
 * the pull-request mode pushes a branch to a (local, bare) origin and calls gh with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_V4, row, tempDir, utc, xlsxBytes } from '../support/fixtures.ts';
import { startIceSite } from '../support/ice-site.ts';
import { projectCopy, runLine } from '../support/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OLD_ROW = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
let site: Awaited<ReturnType<typeof startIceSite>>;

beforeAll(async () => {
  const sheet = await xlsxBytes([HEADER_V4, OLD_ROW, row('TEXAS', 'Keller Police Department', 'Municipality', 'Tarrant County', 'Warrant Service Officer', utc(2025, 8, 28))]);
  const pending = await xlsxBytes([['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'MOA'], ['TEXAS', 'Rusk County Sheriff’s Office', 'County', 'Rusk County', 'Task Force Model', null]]);
  site = await startIceSite({
    '/doclib/about/offices/ero/287g/participatingAgencies05182026am.xlsx': { bytes: sheet },
    '/doclib/about/offices/ero/287g/pendingAgencies05182026am.xlsx': { bytes: pending },
  });
});
afterAll(() => site.close());

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

/** A project copy under git with the script, one stored sheet and its outputs ignored as in the repo. */
async function repo(): Promise<string> {
  const dir = await projectCopy({ 'participating-2026-01-01.xlsx': [HEADER_V4, OLD_ROW] });
  fs.copyFileSync(path.join(ROOT, 'scripts/refresh-and-build.sh'), path.join(dir, 'scripts/refresh-and-build.sh'));
  fs.copyFileSync(path.join(ROOT, '.gitignore'), path.join(dir, '.gitignore'));
  fs.rmdirSync(path.join(dir, 'downloads'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Refresh Test');
  git(dir, 'config', 'user.email', 'refresh@example.org');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'start');
  return dir;
}

async function run(dir: string, env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, { ICE_287G_PAGE_URL: site.page('doclib-2026.html'), REFRESH_TEST_COMMAND: 'npm run data', ...env });
  try {
    return await runLine('scripts/refresh-and-build.sh', dir);
  } finally {
    process.env = saved;
  }
}

describe('scripts/refresh-and-build.sh', { timeout: 240_000 }, () => {
  it('commits the new sheets once; run again, it changes nothing (idempotent)', async () => {
    const dir = await repo();
    const first = await run(dir, { REFRESH_PUBLISH: 'commit' });
    expect([first.code, first.stderr]).toEqual([0, expect.not.stringMatching(/failed/i)]);
    expect(git(dir, 'log', '--format=%s', '-1')).toBe('ICE 287(g) sheets of 2026-05-18: participating-2026-05-18.xlsx pending-2026-05-18.xlsx');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'data-pipeline/sources/ice-287g/SOURCES.md', 'data-pipeline/sources/ice-287g/participating-2026-05-18.xlsx', 'data-pipeline/sources/ice-287g/pending-2026-05-18.xlsx',
    ]);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const head = git(dir, 'rev-parse', 'HEAD');
    const outputs = fs.readFileSync(path.join(dir, 'public/data/summary.json'));

    const second = await run(dir, { REFRESH_PUBLISH: 'commit' });
    expect([second.code, second.stdout]).toEqual([0, expect.stringContaining('no new ICE sheet; nothing to test or publish')]);
    expect([git(dir, 'rev-parse', 'HEAD'), git(dir, 'status', '--porcelain')]).toEqual([head, '']);
    expect(fs.readFileSync(path.join(dir, 'public/data/summary.json'))).toEqual(outputs);
  });

  it('failing tests stop it loudly with nothing committed; so does a page without links', async () => {
    const dir = await repo();
    const failed = await run(dir, { REFRESH_PUBLISH: 'commit', REFRESH_TEST_COMMAND: 'echo "1 test failed" >&2; exit 3' });
    expect(failed.code).toBe(3);
    expect(git(dir, 'log', '--format=%s')).toBe('start');
    const noLinks = await run(dir, { REFRESH_PUBLISH: 'commit', ICE_287G_PAGE_URL: site.page('no-links.html') });
    expect(noLinks.code).not.toBe(0);
    expect(noLinks.stderr).toContain('has no link to a participating-agencies spreadsheet');
    expect(git(dir, 'log', '--format=%s')).toBe('start');
    const bad = await run(dir, { REFRESH_PUBLISH: 'deploy' });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('REFRESH_PUBLISH must be none, commit, push or pr')]);
  });

  it('pr: pushes refresh/ice-<date> to origin and opens a pull request with gh; the next day it does not open another', async () => {
    const dir = await repo();
    const origin = path.join(tempDir('cd-origin-'), 'origin.git');
    execFileSync('git', ['init', '-q', '--bare', origin]);
    git(dir, 'remote', 'add', 'origin', origin);
    git(dir, 'push', '-q', 'origin', 'main');
    const bin = tempDir('cd-bin-');
    fs.writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/gh-args"\n`, { mode: 0o755 });
    const r = await run(dir, { REFRESH_PUBLISH: 'pr', PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringMatching(/failed/i)]);
    expect(execFileSync('git', ['-C', origin, 'branch', '--list'], { encoding: 'utf8' })).toContain('refresh/ice-2026-05-18');
    expect(fs.readFileSync(path.join(bin, 'gh-args'), 'utf8').split('\n').slice(0, 4)).toEqual(['pr', 'create', '--head', 'refresh/ice-2026-05-18']);
    // The next day: main still lacks the sheet (the pull request is open), the branch is on origin.
    git(dir, 'switch', '-q', 'main');
    fs.rmSync(path.join(bin, 'gh-args'));
    const next = await run(dir, { REFRESH_PUBLISH: 'pr', PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    expect([next.code, next.stdout]).toEqual([0, expect.stringContaining('is already on origin')]);
    expect(fs.existsSync(path.join(bin, 'gh-args'))).toBe(false);
  });
});
