/**
 * The long view in the browser (issue 15): the national and Texas charts start in 2017 with one point per
 * archived capture and no line over the empty years; the home sentence; the month control back to
 * January 2021 with the map and table of the capture that month uses. Expected values come from the raw
 * files in data-pipeline/sources/ice-287g-history (read with d3-dsv here) and the pinned ICE oracle,
 * never from the site's own data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ORACLE } from '../oracles/ice-sheets.ts';
import { JURISDICTIONS } from '@schema/geo.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const DIR = 'data-pipeline/sources/ice-287g-history';
const USPS = new Map(JURISDICTIONS.filter((j) => !j.territory).map((j) => [j.name.toUpperCase(), j.usps]));

/** capture date -> state -> agreements, counted from the raw files (both layouts: capture_date column). */
const raw = new Map<string, Map<string, number>>();
for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.csv'))) {
  for (const r of csvParse(fs.readFileSync(path.join(DIR, f), 'utf8'))) {
    const date = r.capture_date!.slice(0, 10);
    const st = USPS.get(r.state!.trim().toUpperCase());
    if (!st) continue;
    const m = raw.get(date) ?? raw.set(date, new Map()).get(date)!;
    m.set(st, (m.get(st) ?? 0) + 1);
  }
}
const captures = [...raw.keys()].sort();
const total = (d: string) => [...raw.get(d)!.values()].reduce((a, b) => a + b, 0);
const newestSheet = Object.values(ORACLE.snapshots).at(-1)!;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

/** Every drawn segment [x0, x1] of an SVG path (a segment may touch the gap's edges, never enter it) made of M/L commands (what d3's line and our broken path write). */
function segments(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let prev: number | null = null;
  for (const [, cmd, x] of d.matchAll(/([MLHV])\s*(-?[\d.]+)/g)) {
    const xv = Number(x);
    if (cmd === 'L' || cmd === 'H') out.push([prev!, xv]);
    if (cmd !== 'V') prev = xv;
  }
  return out;
}

async function gapAndPaths(page: Page, chart: string, gapSel: string, pathSel: string) {
  const gap = (await page.locator(gapSel).getAttribute('data-gap'))!.split(',').map(Number) as [number, number];
  const ds = await page.locator(`${chart} ${pathSel}`).evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
  return { gap, ds };
}

describe('the long view (expected values from the raw archived files and the pinned ICE oracle)', () => {
  it('raw files hold 25 captures: 2017-03-05 to 2017-08-01, then 2021-01-13 to 2024-12-18', () => {
    expect(captures).toHaveLength(25);
    expect([captures[0], captures[4], captures[5], captures.at(-1)]).toEqual(['2017-03-05', '2017-08-01', '2021-01-13', '2024-12-18']);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: the national chart has one point per capture with its count, and no line over the gap`, async () => {
      const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 390, height: 844 }, bypassCSP: true });
      await gotoSettled(page, `${baseUrl}${lang === 'es' ? 'es/' : ''}`);
      const pts = await page.locator('svg.gc .gc-arch-pt').evaluateAll((els) => els.map((e) => [e.getAttribute('data-date'), Number(e.getAttribute('data-n'))]));
      expect(pts).toEqual(captures.map((d) => [d, total(d)]));
      const { gap, ds } = await gapAndPaths(page, 'svg.gc', 'svg.gc [data-gap]', 'path.gc-line');
      expect(ds.length).toBe(8);
      expect(gap[1]).toBeGreaterThan(gap[0]);
      for (const d of ds) for (const [a, b] of segments(d)) expect(Math.max(a, b) > gap[0] + 0.5 && Math.min(a, b) < gap[1] - 0.5, `${a}→${b} enters the gap ${gap}`).toBe(false);
      // The lines do reach both sides of the gap (2017 and 2021 are drawn).
      const xs = ds.flatMap((d) => segments(d).flat());
      expect(xs.some((x) => x <= gap[0])).toBe(true);
      expect(xs.some((x) => x >= gap[1] && x < gap[1] + 5)).toBe(true);
      // The home sentence: first 2021 capture, last 2024 capture and the newest sheet, counted independently.
      const sentence = await page.locator('[data-testid=longview-sentence]').textContent();
      const n = (v: number) => (lang === 'es' ? new Intl.NumberFormat('es-US').format(v) : fmt(v));
      const want = lang === 'en'
        ? `Archived copies of ICE’s web table list ${total(captures[5]!)} agreements in January 2021 and ${total(captures.at(-1)!)} in December 2024; ICE’s newest spreadsheet lists ${n(newestSheet.agreements)} (May 18, 2026).`
        : `Las copias archivadas de la tabla web de ICE registran ${total(captures[5]!)} acuerdos en enero de 2021 y ${total(captures.at(-1)!)} en diciembre de 2024; la hoja de cálculo más reciente de ICE registra ${n(newestSheet.agreements)} (18 de mayo de 2026).`;
      expect(sentence?.trim()).toBe(want);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, baseUrl)).toEqual([]);
      await context.close();
    });
  }

  it('the Texas chart starts in 2017: one point per capture with Texas\'s count, and no line over the gap', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await gotoSettled(page, `${baseUrl}states/tx/`);
    const pts = await page.locator('svg.chart .pt-arch').evaluateAll((els) => els.map((e) => [e.getAttribute('data-date'), Number(e.getAttribute('data-n'))]));
    expect(pts).toEqual(captures.map((d) => [d, raw.get(d)!.get('TX') ?? 0]));
    const { gap, ds } = await gapAndPaths(page, 'svg.chart', 'svg.chart [data-gap]', 'path.step');
    expect(ds).toHaveLength(1);
    for (const d of ds) for (const [a, b] of segments(d)) expect(Math.max(a, b) > gap[0] + 0.5 && Math.min(a, b) < gap[1] - 0.5, `${a}→${b} enters the gap ${gap}`).toBe(false);
    expect(await page.locator('section.timeline figcaption').textContent()).toContain(`Texas had ${raw.get(captures[5]!)!.get('TX')} agreements on January 13, 2021`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: the month control reaches January 2021 by keyboard; map, table and headline show the capture that month uses`, async () => {
      const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 }, bypassCSP: true });
      await gotoSettled(page, `${baseUrl}${lang === 'es' ? 'es/' : ''}`);
      const range = page.locator('[data-role=tc-range]');
      await range.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2021-01');
      // The newest capture on or before January 31, 2021.
      const used = captures.filter((d) => d <= '2021-01-31').at(-1)!;
      expect(used).toBe('2021-01-16');
      await expect.poll(() => page.locator('#stat-agreements').textContent()).toBe(fmt(total(used)));
      expect(await range.getAttribute('aria-valuetext')).toBe(lang === 'en' ? 'January 2021' : 'Enero de 2021');
      expect(await page.locator('[data-role=tc-sheet]').textContent()).toContain(lang === 'en' ? 'archived ICE web table of January 16, 2021' : 'tabla web archivada de ICE del 16 de enero de 2021');
      const table = await page.locator('tr[data-usps]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-usps'), r.querySelector('td[data-col=agreements]')?.textContent?.trim()]));
      expect(table.length).toBe(51);
      expect(Object.fromEntries(table.filter(([, n]) => n !== '0'))).toEqual(Object.fromEntries([...raw.get(used)!].map(([st, n]) => [st, fmt(n)])));
      // Map: Texas's label carries its count then; a state with none then has none.
      expect(await page.locator('a.st[data-usps=TX]').getAttribute('aria-label')).toContain(`${raw.get(used)!.get('TX')} `);
      // End returns to the newest sheet.
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('#stat-agreements').textContent()).toBe(fmt(newestSheet.agreements));
      await gotoSettled(page, `${baseUrl}${lang === 'es' ? 'es/' : ''}?date=2021-01`);
      await expect.poll(() => page.locator('#stat-agreements').textContent()).toBe(fmt(total(used)));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
