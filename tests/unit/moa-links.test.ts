/**
 * The signed agreement behind each row: links are unwrapped only from the wrappers ICE's sheets carry,
 * must end up https on ice.gov, and anything else stops the build naming file, row and column. The
 * counts on the real sheets are checked against the raw XML read by another route (unzip + regex).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, runPipeline } from '../../data-pipeline/build.ts';
import { unwrapMoaUrl } from '../../data-pipeline/steps/moa-links.ts';
import { isIceGovUrl } from '../../data-pipeline/schema/moa-url.ts';
import { readSheetLinks } from '../../data-pipeline/steps/read-sheet-links.ts';
import { HEADER_V4, makeSources, row, tempDir, utc, xlsxBytes } from '../support/fixtures.ts';
import { withHyperlinks } from '../support/xlsx-links.ts';
import { firstSheetRows, unzip } from '../support/xlsx-recount.ts';

const PDF = 'https://www.ice.gov/doclib/287gMOA/ParkerCoTX_WSO_MOA_02.26.25.pdf';

describe('unwrapMoaUrl: one rule per wrapper seen in the sheets', () => {
  it('keeps a plain https ice.gov link', () => expect(unwrapMoaUrl(PDF)).toEqual({ url: PDF, via: [] }));
  it('takes the url parameter of an Outlook safe link', () => {
    const wrapped = `https://gcc02.safelinks.protection.outlook.com/?url=${encodeURIComponent(PDF)}&data=05%7C02`;
    expect(unwrapMoaUrl(wrapped)).toEqual({ url: PDF, via: ['outlook-safelinks'] });
  });
  it('drops the Acrobat extension viewer prefix (and repairs its one-slash https:/)', () => {
    expect(unwrapMoaUrl(`chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf`))
      .toEqual({ url: 'https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf', via: ['acrobat-extension'] });
  });
  it('takes the captured URL out of a Wayback Machine address', () => {
    expect(unwrapMoaUrl(`https://web.archive.org/web/20250119192356/${PDF}`)).toEqual({ url: PDF, via: ['wayback'] });
  });
  it('upgrades http on ice.gov to https', () => expect(unwrapMoaUrl(PDF.replace('https', 'http'))).toEqual({ url: PDF, via: ['http-upgraded'] }));
  it.each([
    ['another host', 'https://example.com/moa.pdf'],
    ['a look-alike host', 'https://www.ice.gov.example.com/moa.pdf'],
    ['a host ending in ice.gov without the dot', 'https://notice.gov/moa.pdf'],
    ['credentials', 'https://user:pw@www.ice.gov/moa.pdf'],
    ['a port', 'https://www.ice.gov:8443/moa.pdf'],
    ['http on another host', 'http://example.com/moa.pdf'],
    ['a script URL', 'javascript:alert(1)'],
    ['a safe link around another host', `https://gcc02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/x.pdf')}`],
    ['a safe link on a look-alike Outlook host', `https://safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(PDF)}`],
    ['a Wayback address around another host', 'https://web.archive.org/web/20250119192356/https://evil.example/x.pdf'],
    ['not a URL', 'link'],
  ])('rejects %s', (_name, raw) => expect(unwrapMoaUrl(raw)).toBeNull());
  it('the browser-side check accepts only what the pipeline writes', () => {
    expect(isIceGovUrl(PDF)).toBe(true);
    expect(isIceGovUrl('http://www.ice.gov/x.pdf')).toBe(false);
    expect(isIceGovUrl('https://www.ice.gov/x y.pdf')).toBe(false); // not in the parser's own form
  });
});

describe('a link off ice.gov stops the build', () => {
  it.each([
    ['another host', 'https://evil.example/moa.pdf'],
    ['a script URL', 'javascript:alert(document.domain)'],
  ])('%s: error names file, row and column, nothing is written', async (_name, url) => {
    const sheet = [HEADER_V4, row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24)),
      row('FLORIDA', "Flagler County Sheriff's Office", 'County', 'Flagler County', 'Task Force Model', utc(2025, 3, 3))];
    const xlsx = withHyperlinks(await xlsxBytes(sheet), { G2: PDF, G3: url });
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': xlsx });
    const out = path.join(tempDir('cd-out-'), 'data');
    await expect(runPipeline({ sources, out, quiet: true })).rejects.toThrow(
      /participating-2026-01-01\.xlsx, sheet "Sheet1", row 3, column G \(MOA\): expected a link to the signed agreement on https:\/\/www\.ice\.gov/,
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a good link reaches agreements.csv and the state JSON', async () => {
    const sheet = [HEADER_V4, row('TEXAS', 'Parker County Sheriff\'s Office', 'County', 'Parker County', 'Warrant Service Officer', utc(2025, 2, 26))];
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': withHyperlinks(await xlsxBytes(sheet), { G2: PDF }) });
    const r = await runPipeline({ sources, quiet: true });
    expect(String(r.files.get('agreements.csv'))).toContain(`,true,${PDF},\n`);
    expect(JSON.parse(String(r.files.get('states/tx.json'))).agencies[0].models[0].moaUrl).toBe(PDF);
    expect(r.summary.snapshots[0]!.moaLinks).toEqual({ rows: 1, linked: 1 });
  });
});

/** Independent count: unzip with node's zlib, find the MOA header's column, count <hyperlink> refs on it in data rows. */
function rawMoaLinks(file: string): { rows: number; linked: number; allLinks: number } {
  const bytes = fs.readFileSync(path.join(DEFAULT_SOURCES, 'ice-287g', file));
  const rows = firstSheetRows(bytes);
  const header = rows[0]!.cells.map((c) => String(c ?? '').trim().toUpperCase());
  const letter = String.fromCharCode(65 + header.indexOf('MOA'));
  const dataRows = new Set(rows.slice(1).filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== '')).map((r) => r.r));
  const xml = unzip(bytes).get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const refs = [...xml.matchAll(/<hyperlink\b[^>]*\bref="([A-Z]+)(\d+)"/g)];
  return { rows: dataRows.size, linked: refs.filter((m) => m[1] === letter && dataRows.has(Number(m[2]))).length, allLinks: refs.length };
}

describe('signed-agreement links on the real sheets', () => {
  let result: Awaited<ReturnType<typeof runPipeline>>;
  let snapshots: typeof result.summary.snapshots;
  let sheets: typeof result.sheets;
  beforeAll(async () => {
    result = await runPipeline({ quiet: true });
    snapshots = result.summary.snapshots;
    sheets = result.sheets;
  }, 60_000);

  it('2026-05-18: 1,680 of 1,843 rows link the agreement on the MOA cell (45 more links sit on ADDENDUM)', () => {
    expect(rawMoaLinks('participating-2026-05-18.xlsx')).toEqual({ rows: 1843, linked: 1680, allLinks: 1725 });
    expect(snapshots.find((p) => p.date === '2026-05-18')!.moaLinks).toEqual({ rows: 1843, linked: 1680 });
  });

  it('every ICE snapshot: linked rows equal the raw count of MOA-cell hyperlinks', () => {
    for (const p of snapshots.filter((s) => s.source === 'ice')) {
      const file = sheets.find((s) => s.used && s.kind === 'participating' && s.date === p.date)!.file;
      const raw = rawMoaLinks(file);
      expect({ date: p.date, ...p.moaLinks }).toEqual({ date: p.date, rows: raw.rows, linked: raw.linked });
    }
  });

  it('takes the MOA cell, not the ADDENDUM cell beside it (Leon County, FL: 2019 agreement, 2025 addendum)', () => {
    const csv = String(result.files.get('agreements.csv'));
    expect(csv).toMatch(/^fl-leon-county-sheriffs-office--wso,.*,https:\/\/www\.ice\.gov\/doclib\/287gMOA\/287gWSO_LeonCoFl2019-10-15\.pdf,$/m);
  });

  it('the Wayback-derived baseline gives its MOA text URLs (all 135 rows)', () => {
    expect(snapshots[0]!.moaLinks).toEqual({ rows: 135, linked: 135 });
  });

  it('readSheetLinks finds every <hyperlink> of the newest sheet', async () => {
    const f = 'participating-2026-05-18.xlsx';
    expect((await readSheetLinks(f, fs.readFileSync(path.join(DEFAULT_SOURCES, 'ice-287g', f)))).length).toBe(rawMoaLinks(f).allLinks);
  });
});
