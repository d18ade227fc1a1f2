/**
 * The national map's "share of residents" view against the production build. Expected classes and
 * counts are recomputed here from public/data/people-covered.json with the breaks written out below
 * (not the site's classifier): none, under 10%, 10–25%, 25–50%, 50% and more; DC and Connecticut have
 * no county figure, and archived months (before the first ICE sheet) have none at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { PeopleCovered } from '@schema/people.ts';
import type { Timeline } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const people = JSON.parse(fs.readFileSync('public/data/people-covered.json', 'utf8')) as PeopleCovered;
const timeline = JSON.parse(fs.readFileSync('public/data/timeline.json', 'utf8')) as Timeline;
const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const browser = useBrowser();

/** Expected class of every state at sheet index i. */
function expected(i: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [usps, s] of Object.entries(people.states)) {
    const n = s.people[i]!;
    const share = n / s.population;
    out[usps] = usps === 'DC' || usps === 'CT' ? 'n' : n === 0 ? '0' : share < 0.1 ? '1' : share < 0.25 ? '2' : share < 0.5 ? '3' : '4';
  }
  return out;
}
const tally = (classes: Record<string, string>) => {
  const c: Record<string, number> = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, n: 0 };
  for (const v of Object.values(classes)) c[v]!++;
  return c;
};

const shown = (page: Page) => page.locator('a.st').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.getAttribute('data-usps'), a.getAttribute('data-s')])));
const legendCounts = (page: Page) =>
  page.locator('[data-share-n]').evaluateAll((es) => Object.fromEntries(es.map((e) => [e.getAttribute('data-share-n'), Number(e.textContent!.replace(/\D/g, ''))])));

describe('share of residents view (expected values from public/data/people-covered.json)', () => {
  it('the view radio sets ?view=share; classes, legend counts, Texas fill and panel match the data', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    await page.getByRole('radio', { name: 'Share of residents' }).check();
    await expect.poll(() => page.url()).toContain('view=share');
    expect(await page.locator('divide-map').getAttribute('data-view')).toBe('share');
    await expect.poll(() => page.locator('.legend[data-for=share]').isVisible()).toBe(true);
    const last = people.dates.length - 1;
    const want = expected(last);
    expect(await shown(page)).toEqual(want);
    expect(await legendCounts(page)).toEqual(tally(want));
    expect(want.TX).toBe('4');
    // Texas is painted with the legend's colour for its class.
    const fill = await page.locator('a.st[data-usps=TX] > path').evaluate((e) => getComputedStyle(e).fill);
    expect(fill).toBe(await page.locator('.legend[data-for=share] .sw-seq-4').evaluate((e) => getComputedStyle(e).fill));
    const tx = people.states.TX!;
    expect([tx.people[last], tx.population]).toEqual([20449929, 31290831]);
    const sentence = `20,449,929 residents of Texas (65.4% of 31,290,831) live in a county whose sheriff or county jail works with ICE under 287(g).`;
    await page.locator('a.st[data-usps=TX]').hover();
    await expect.poll(() => page.locator('[data-role=tip-share]').textContent()).toBe(sentence);
    await page.locator('a.st[data-usps=TX]').click();
    await expect.poll(() => page.locator('[data-role=panel] [data-role=share]').textContent()).toBe(sentence);
    expect(await page.locator('[data-role=panel] [data-role=share]').isVisible()).toBe(true);
    // DC and Connecticut say why they have no figure.
    await page.locator('a.small-btn[data-usps=DC]').click();
    await expect.poll(() => page.locator('[data-role=panel] [data-role=share]').textContent()).toMatch(/^The District of Columbia has no counties/);
    await page.locator('a.small-btn[data-usps=CT]').click();
    await expect.poll(() => page.locator('[data-role=panel] [data-role=share]').textContent()).toMatch(/^Connecticut: the Census counts residents by planning region/);
    expect(await page.locator('.legend[data-for=share] a[href$="methodology/#people"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('at an archived month (?date=2021-06) no state has a share and the legend says why; a 2025 month has that sheet\'s classes', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}?view=share&date=2021-06`);
    await expect.poll(() => page.locator('[data-role=share-archived]').isVisible()).toBe(true);
    expect(await page.locator('[data-role=share-archived]').textContent()).toContain('cannot be counted before January 2025');
    const none = Object.fromEntries(Object.keys(people.states).map((u) => [u, 'n']));
    await expect.poll(() => shown(page)).toEqual(none);
    expect(await legendCounts(page)).toEqual(tally(none));
    await page.locator('a.st[data-usps=TX]').click();
    const line = await page.locator('[data-role=panel] [data-role=share]').textContent();
    expect(line).toMatch(/^No county figure for this month/);
    expect(line).not.toMatch(/\d/);
    // A month of ICE's sheets: that sheet's figures (people-covered.json is fetched for it).
    const m = timeline.months.indexOf('2025-06');
    const i = people.dates.indexOf(timeline.snapshotForMonth[m]!);
    expect(i).toBeGreaterThan(0);
    await gotoSettled(page, `${baseUrl}?view=share&date=2025-06&state=tx`);
    await expect.poll(() => shown(page)).toEqual(expected(i));
    expect(await legendCounts(page)).toEqual(tally(expected(i)));
    expect(await page.locator('[data-role=share-archived]').isVisible()).toBe(false);
    const tx = people.states.TX!;
    await expect.poll(() => page.locator('[data-role=panel] [data-role=share]').textContent()).toContain(`${tx.people[i]!.toLocaleString('en-US')} residents of Texas`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Spanish page: the view, its legend and the Texas sentence', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}es/?view=share&state=tx`);
    expect(await page.getByRole('radio', { name: 'Porcentaje de residentes' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-role=panel] [data-role=share]').textContent()).toBe(
      '20,449,929 residentes de Texas (65.4% de 31,290,831) viven en un condado cuyo sheriff o cárcel del condado colabora con ICE mediante el 287(g).',
    );
    expect(await legendCounts(page)).toEqual(tally(expected(people.dates.length - 1)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('phone 390×844: the whole map, Alaska and Hawaii included, is on the first screen in this view too', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${baseUrl}?view=share`, { waitUntil: 'load' });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const sel of ['svg.map', 'a.st[data-usps=AK]', 'a.st[data-usps=HI]', '.legend[data-for=share] a[href$="methodology/#people"]']) {
      const r = await page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(r.height, sel).toBeGreaterThan(0);
      expect(r.bottom, sel).toBeLessThanOrEqual(844);
    }
    await context.close();
  });

  it('?view=constructor falls back to the law view', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}?view=constructor`);
    expect(await page.locator('divide-map').getAttribute('data-view')).toBe('divide');
    await context.close();
  });

  it.each(['?view=share&state=tx', '?view=share&date=2021-06', 'es/?view=share'])('axe finds no violations (%s)', async (query) => {
    const { page, context, errors } = await openPage(browser(), { bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}${query}`);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([[390, 844], [1440, 900]])('screenshots at %ix%i (English and Spanish)', async (width, height) => {
    fs.mkdirSync('test-artifacts', { recursive: true });
    for (const lang of ['', 'es/']) {
      const { page, context, errors } = await openPage(browser(), { viewport: { width, height } });
      await gotoSettled(page, `${baseUrl}${lang}?view=share`);
      // The chosen view's button is in sight, also where the bar scrolls sideways (phones).
      const seg = await page.locator('.seg:has(input:checked)').boundingBox();
      const bar = await page.locator('.views').boundingBox();
      expect(seg!.x).toBeGreaterThanOrEqual(bar!.x - 1);
      expect(seg!.x + seg!.width).toBeLessThanOrEqual(bar!.x + bar!.width + 1);
      await page.screenshot({ path: `test-artifacts/share-view-${lang ? 'es-' : ''}${width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
