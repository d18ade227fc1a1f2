/**
 * `npm run refresh` with no argument (data-pipeline/refresh-latest.ts) against saved layouts of ICE's
 * 287(g) page served from 127.0.0.1 (tests/support/ice-site.ts): the right links from each layout, the
 * date from every name pattern ICE has used (else Last-Modified, said so), files already stored skipped
 * by sha256, and each failure (no links, a link to HTML, 404, 500, a server that never answers, a
 * redirect loop) a clear error with nothing written. The spawned `npm run refresh` is at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshLatest } from '../../data-pipeline/refresh-latest.ts';
import { findSheetLinks } from '../../data-pipeline/steps/find-sheet-links.ts';
import { dateFromIceName, dateFromLastModified, nameFromDisposition } from '../../data-pipeline/steps/ice-file-date.ts';
import { HEADER_V4, makeSources, row, tempDir, utc, xlsxBytes, type Cell } from '../support/fixtures.ts';
import { startIceSite } from '../support/ice-site.ts';
import { projectCopy, runLine } from '../support/project-copy.ts';

const PAGES = 'tests/fixtures/ice-287g-page';
const OLD_ROW = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
const OLD = { 'participating-2026-01-01.xlsx': [HEADER_V4, OLD_ROW] };
const PENDING_HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'MOA'];
let participating: Buffer;
let pending: Buffer;
let site: Awaited<ReturnType<typeof startIceSite>>;
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

beforeAll(async () => {
  participating = await xlsxBytes([HEADER_V4, OLD_ROW, row('TEXAS', 'Keller Police Department', 'Municipality', 'Tarrant County', 'Warrant Service Officer', utc(2025, 8, 28))]);
  pending = await xlsxBytes([PENDING_HEADER, ['TEXAS', 'Rusk County Sheriff’s Office', 'County', 'Rusk County', 'Task Force Model', null]] as Cell[][]);
  site = await startIceSite({
    '/doclib/about/offices/ero/287g/participatingAgencies05182026am.xlsx': { bytes: participating, headers: XLSX },
    '/doclib/about/offices/ero/287g/pendingAgencies05182026am.xlsx': { bytes: pending, headers: XLSX },
    '/file-download/download/public/51234': { bytes: participating, headers: { ...XLSX, 'content-disposition': 'attachment; filename="287gParticipatingAgencies091526pm.xlsx"' } },
    '/file-download/download/public/51235': { bytes: pending, headers: { ...XLSX, 'last-modified': 'Wed, 16 Sep 2026 02:30:00 GMT' } },
    '/doclib/287g/ParticipatingAgency091826am.xlsx': { bytes: participating },
    '/doclib/287g/pendingAgencies09282026.xlsx': { bytes: pending },
  });
});
afterAll(() => site.close());

/** Every file under a folder with its sha256: "nothing written" is this staying equal. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) out[f] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

describe('sheet dates from every name ICE has used', () => {
  it.each([
    ['participatingAgencies05182026am.xlsx', '2026-05-18', false],
    ['ParticipatingAgencies09252026pm.xlsx', '2026-09-25', true],
    ['287gParticipatingAgencies091526pm.xlsx', '2026-09-15', true],
    ['ParticipatingAgency091826am.xlsx', '2026-09-18', false],
    ['participatingAgencies09282026.xlsx', '2026-09-28', false],
    ['pendingAgencies05182026AM.xlsx', '2026-05-18', false],
  ])('%s → %s', (name, date, pm) => expect(dateFromIceName(name)).toEqual({ date, pm }));

  it('no date, or not a calendar day: null', () => {
    for (const n of ['agencies.xlsx', '51234', 'participatingAgencies02302026am.xlsx', 'participatingAgencies13012026.xlsx', 'participatingAgencies0518202.xlsx']) expect(dateFromIceName(n), n).toBeNull();
  });

  it('Last-Modified is read as a day in Washington, DC; Content-Disposition names are read plain and encoded', () => {
    expect(dateFromLastModified('Wed, 16 Sep 2026 02:30:00 GMT')).toEqual({ date: '2026-09-15', pm: false });
    expect(dateFromLastModified('Wed, 16 Sep 2026 14:30:00 GMT')).toEqual({ date: '2026-09-16', pm: false });
    expect(dateFromLastModified('yesterday')).toBeNull();
    expect(nameFromDisposition('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
    expect(nameFromDisposition("attachment; filename*=UTF-8''participatingAgencies06092026am.xlsx")).toBe('participatingAgencies06092026am.xlsx');
  });
});

describe('links found by their text and file type', () => {
  const links = (file: string) => findSheetLinks(fs.readFileSync(path.join(PAGES, file), 'utf8'), 'https://www.ice.gov/identify-and-arrest/287g')
    .map((l) => [l.kind, l.url]);
  it('doclib layout', () => expect(links('doclib-2026.html')).toEqual([
    ['participating', 'https://www.ice.gov/doclib/about/offices/ero/287g/participatingAgencies05182026am.xlsx'],
    ['pending', 'https://www.ice.gov/doclib/about/offices/ero/287g/pendingAgencies05182026am.xlsx'],
  ]));
  it('file-download layout (no file name in the address: the type attribute or "XLSX" in the text)', () => expect(links('file-download.html')).toEqual([
    ['participating', 'https://www.ice.gov/file-download/download/public/51234'],
    ['pending', 'https://www.ice.gov/file-download/download/public/51235'],
  ]));
  it('table layout with <base>, relative links and decoys (an MOA PDF, another spreadsheet, a mail link)', () => expect(links('table-relative.html')).toEqual([
    ['participating', 'https://www.ice.gov/doclib/287g/ParticipatingAgency091826am.xlsx'],
    ['pending', 'https://www.ice.gov/doclib/287g/pendingAgencies09282026.xlsx'],
  ]));
  it('a page without them', () => expect(links('no-links.html')).toEqual([]));
});

describe('refresh from the page', () => {
  it.each([
    ['doclib-2026.html', ['participating-2026-05-18.xlsx', 'pending-2026-05-18.xlsx'], ['the file name participatingAgencies05182026am.xlsx']],
    ['file-download.html', ['participating-2026-09-15-pm.xlsx', 'pending-2026-09-15.xlsx'], ['the file name 287gParticipatingAgencies091526pm.xlsx', 'the Last-Modified header (Wed, 16 Sep 2026 02:30:00 GMT)']],
    ['table-relative.html', ['participating-2026-09-18.xlsx', 'pending-2026-09-28.xlsx'], ['the file name ParticipatingAgency091826am.xlsx']],
  ])('%s: stores %j, rebuilds, and a second run skips both by sha256', async (page, names, dateFrom) => {
    const sources = await makeSources(OLD);
    const out = path.join(tempDir(), 'data');
    const lines: string[] = [];
    const r = await refreshLatest({ page: site.page(page), sources, out, quiet: true, log: (l) => lines.push(l) });
    expect(r.stored).toEqual(names);
    for (const from of dateFrom) expect(lines.join('\n')).toContain(from);
    const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.asOf).toBe(names[0]!.slice('participating-'.length, 'participating-'.length + 10));
    expect(fs.readFileSync(path.join(sources, 'ice-287g', names[0]!))).toEqual(participating);
    expect(fs.readFileSync(path.join(sources, 'ice-287g/SOURCES.md'), 'utf8')).toContain(`| \`${names[1]}\` |`);
    const before = [snapshot(sources), snapshot(out)];
    const again = await refreshLatest({ page: site.page(page), sources, out, quiet: true });
    expect([again.stored, again.skipped, again.result]).toEqual([[], names, null]);
    expect([snapshot(sources), snapshot(out)]).toEqual(before);
  });

  it.each([
    ['a page without spreadsheet links', 'no-links.html', /has no link to a participating-agencies spreadsheet/],
    ['a link to an HTML page', 'link-to-html.html', /participating-agencies-list \(linked as "Participating Agencies \(XLSX\)"\) is not an \.xlsx spreadsheet: the server sent text\/html/],
    ['a file that answers 404', 'missing-file.html', /gone\/participatingAgencies06012026am\.xlsx answered 404/],
    ['a file that answers 500', 'server-error.html', /broken\/participatingAgencies06012026am\.xlsx answered 500/],
    ['a page that never answers', '../slow-page', /did not finish within the 1 s limit/],
    ['a redirect loop', '../loop', /redirects more than 5 times \(a redirect loop\?\)/],
  ])('%s: a clear error, nothing written', async (_what, page, message) => {
    const sources = await makeSources(OLD);
    const out = path.join(tempDir(), 'data');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'summary.json'), '{"previous":true}');
    const before = [snapshot(sources), snapshot(out)];
    await expect(refreshLatest({ page: new URL(page, site.page('x')).href, sources, out, quiet: true, seconds: 1 })).rejects.toThrow(message);
    expect([snapshot(sources), snapshot(out)]).toEqual(before);
  });
});

describe('npm run refresh, spawned as the README tells users', { timeout: 180_000 }, () => {
  it('with no argument: finds the sheets on the (fixture) ICE page, stores them, and the second run writes nothing', async () => {
    const dir = await projectCopy(OLD);
    process.env.ICE_287G_PAGE_URL = site.page('doclib-2026.html');
    try {
      const r = await runLine('npm run refresh', dir);
      expect(r.stderr).not.toMatch(/failed/i);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Stored ice-287g/participating-2026-05-18.xlsx, ice-287g/pending-2026-05-18.xlsx');
      expect(r.stdout).toContain('date 2026-05-18 from the file name participatingAgencies05182026am.xlsx');
      const before = [snapshot(path.join(dir, 'data-pipeline/sources')), snapshot(path.join(dir, 'public/data'))];
      const again = await runLine('npm run refresh', dir);
      expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('No new sheet')]);
      expect([snapshot(path.join(dir, 'data-pipeline/sources')), snapshot(path.join(dir, 'public/data'))]).toEqual(before);
    } finally {
      delete process.env.ICE_287G_PAGE_URL;
    }
  });
});
