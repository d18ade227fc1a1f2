/**
 * The explorer's whole-country view (issue 17): 3,100 counties and 1,300 agency dots drawn as a few
 * compound paths, with counties and dots found by position. Where a county is on screen is found by
 * Chromium's own SVG hit-testing of that county's path (not the page's code); expected names and
 * numbers are read from the pipeline's files in public/data.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { AgencyIndex } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const counts = JSON.parse(fs.readFileSync('public/data/county-counts.json', 'utf8')) as Record<string, { agreements: number; agencies: number }>;
const index = JSON.parse(fs.readFileSync('public/data/agency-index.json', 'utf8')) as AgencyIndex;
const usTopo = JSON.parse(fs.readFileSync('public/data/counties-us.topojson', 'utf8')) as { objects: { counties: { geometries: Array<{ id: string; properties: { name: string } }> } } };
const usAZ = usTopo.objects.counties.geometries
  .map((g) => ({ fips: String(g.id), name: g.properties.name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.fips.localeCompare(b.fips));

async function openCountry(page: Page) {
  await page.goto(`${baseUrl}explore/`);
  await page.waitForSelector('county-explorer[data-mode="svg"]', { timeout: 30_000 });
}

/**
 * A screen point inside county `fips` (2 px from its edge) and clear of every agency dot: the
 * county's own path data is laid over the map as a probe, and Chromium says where the probe is hit.
 */
async function pointOnCounty(page: Page, fips: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate(async (fips) => {
    const map = (await (await fetch(new URL('map/us.json', location.href))).json()) as { counties: Array<[string, string, string]>; agencies: number[][] };
    const svg = document.querySelector<SVGSVGElement>('.svg-map')!;
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('d', map.counties.find((c) => c[0] === fips)![2]);
    svg.append(probe);
    const dots = map.agencies.filter((a) => a.length > 4).map((a) => [a[4]!, a[5]!]);
    const toMap = svg.getScreenCTM()!.inverse();
    const r = probe.getBoundingClientRect();
    let found: { x: number; y: number } | null = null;
    for (let i = 1; i < 12 && !found; i++) for (let j = 1; j < 12 && !found; j++) {
      const [x, y] = [r.left + (r.width * i) / 12, r.top + (r.height * j) / 12];
      const p = new DOMPoint(x, y).matrixTransform(toMap);
      const inside = [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]].every(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!) === probe);
      if (inside && dots.every(([dx, dy]) => Math.hypot(dx! - p.x, dy! - p.y) > 6)) found = { x, y };
    }
    probe.remove();
    return found;
  }, fips);
  if (!pt) throw new Error(`no free point on county ${fips}`);
  return pt;
}

describe('the explorer\'s whole-country view', () => {
  it('draws 3,100 counties and their dots in a few dozen elements, each fill class one path', async () => {
    const { page, requests, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await openCountry(page);
    // One element per county and dot was over 4,400 SVG elements and 5,200 in the page.
    expect(await page.locator('.svg-map *').count()).toBeLessThan(100);
    expect(await page.locator('*').count()).toBeLessThan(1500);
    // Each fill class (0, 1, 2-4, 5-9, 10+ agreements) holds exactly its counties, one subpath start each.
    const step = (n: number) => (n >= 10 ? 4 : n >= 5 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0);
    // Counties too small to keep a shape at 800 units (a few dozen Virginia cities) are not drawn.
    const drawn = new Set((JSON.parse(fs.readFileSync('dist/explore/map/us.json', 'utf8')) as { counties: string[][] }).counties.map((c) => c[0]));
    expect(usAZ.length - drawn.size).toBeLessThan(60);
    const want = [0, 0, 0, 0, 0];
    for (const { fips } of usAZ) if (drawn.has(fips)) want[step(counts[fips]?.agreements ?? 0)]!++;
    const got = await page.locator('.svg-map .counties path').evaluateAll((ps) => ps.map((p) => [Number(p.getAttribute('data-step')), (p.getAttribute('d')!.match(/M/g) ?? []).length]));
    const byStep = [0, 0, 0, 0, 0];
    for (const [s, n] of got) byStep[s!] = n!;
    expect(byStep).toEqual(want);
    expect(requests.filter((u) => /maplibre|county-map|topojson|county-counts/.test(u))).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the county under the pointer and shows a clicked one with the pipeline numbers', async () => {
    const { page, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await openCountry(page);
    const card = page.locator('[data-role="county"]');
    for (const [fips, name] of [['30029', 'Flathead, Montana'], ['56013', 'Fremont, Wyoming'], ['23003', 'Aroostook, Maine'], ['06037', 'Los Angeles, California']] as const) {
      const pt = await pointOnCounty(page, fips);
      await page.mouse.move(pt.x, pt.y);
      await expect.poll(() => page.locator('.svg-map title').textContent()).toContain(`${name.split(',')[0]} (active agreements: ${counts[fips]?.agreements ?? 0})`);
      await page.mouse.click(pt.x, pt.y);
      await expect.poll(() => card.getAttribute('data-fips')).toBe(fips);
      expect(await card.innerText()).toContain(name);
      expect(await card.innerText()).toContain(`Active 287(g) agreements: ${counts[fips]?.agreements ?? 0}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('chooses a county from the keyboard (Tab to the map, arrows A–Z, Enter)', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await openCountry(page);
    await page.getByRole('combobox', { name: 'Find an agency' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => [document.activeElement?.getAttribute('data-fips'), document.activeElement?.getAttribute('aria-label')]);
    expect((await focused())[0]).toBe(usAZ[0]!.fips);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The one tab stop is the county now outlined; a screen reader hears its name and count.
    expect(await focused()).toEqual([usAZ[2]!.fips, `${usAZ[2]!.name} (active agreements: ${counts[usAZ[2]!.fips]?.agreements ?? 0})`]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-role="county"]').getAttribute('data-fips')).toBe(usAZ[2]!.fips);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('zoomable');
    await page.keyboard.press('Shift+Tab');
    expect((await focused())[0]).toBe(usAZ[2]!.fips);
    await context.close();
  });

  it('selects an agency from the list (its dot and county), keeps it on the zoomable map; search still moves to its state', async () => {
    const { page, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await openCountry(page);
    // The first listed agency with a county: the list is in state, then name order.
    const rows = await page.locator('[data-role="list"] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-agency')!));
    const agency = index.filter((a) => rows.includes(a[0]) && a[3] && a[4] !== 'state').sort((a, b) => rows.indexOf(a[0]) - rows.indexOf(b[0]))[0]!;
    await page.locator(`[data-role="list"] button[data-agency="${agency[0]}"]`).click();
    await expect.poll(() => page.locator('[data-role="agency"]').getAttribute('data-agency')).toBe(agency[0]);
    expect(await page.locator('[data-role="agency"] h2').innerText()).toBe(agency[1]);
    await expect.poll(() => page.locator('[data-role="county"]').getAttribute('data-fips')).toBe(agency[3]);
    const dot = page.locator('.svg-map .dots circle.selected');
    expect(await dot.getAttribute('visibility')).toBe('visible');
    // The marked dot sits inside the agency's county (Chromium's hit test of that county's path).
    const inCounty = await dot.evaluate(async (c, fips) => {
      const map = (await (await fetch(new URL('map/us.json', location.href))).json()) as { counties: Array<[string, string, string]> };
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      probe.setAttribute('d', map.counties.find((x) => x[0] === fips)![2]);
      (c as SVGCircleElement).ownerSVGElement!.append(probe);
      const hit = probe.isPointInFill(new DOMPoint(Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))));
      probe.remove();
      return hit;
    }, agency[3]!);
    expect(inCounty).toBe(true);
    // A dot is clicked by position too: the same agency again, from its dot on the map.
    await page.locator('[data-role="agency"]').evaluate((el) => el.removeAttribute('data-agency'));
    const box = (await dot.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('[data-role="agency"]').getAttribute('data-agency')).toBe(agency[0]);
    await page.locator('[data-role="zoomable"]').click();
    await page.waitForSelector('county-explorer[data-mode="webgl"]', { timeout: 30_000 });
    expect(await page.locator('[data-role="agency"]').getAttribute('data-agency')).toBe(agency[0]);
    expect(await page.locator('[data-role="county"]').getAttribute('data-fips')).toBe(agency[3]);
    expect(await page.locator('.svg-map').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an agency chosen in search opens its state, selected; "All states" brings the light map back', async () => {
    const { page, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await openCountry(page);
    await page.getByRole('combobox', { name: 'Find an agency' }).fill('Harris County Sheriff');
    await page.getByRole('option', { name: "Harris County Sheriff's Office (Georgia)" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state'), { timeout: 15_000 }).toBe('ga');
    await expect.poll(() => page.locator('[data-role="agency"]').getAttribute('data-agency'), { timeout: 15_000 }).toBe('ga-harris-county-sheriffs-office');
    const gaCounties = usAZ.filter((c) => c.fips.startsWith('13')).length;
    await expect.poll(() => page.locator('.svg-map .counties path[data-fips]').count(), { timeout: 15_000 }).toBe(gaCounties);
    expect(await page.locator('.svg-map .dots circle.selected').getAttribute('data-agency')).toBe('ga-harris-county-sheriffs-office');
    await page.locator('select[name="state"]').selectOption('');
    await expect.poll(() => page.locator('.svg-map .counties path').count(), { timeout: 15_000 }).toBeLessThanOrEqual(5);
    expect(new URL(page.url()).searchParams.get('state')).toBeNull();
    expect(await page.locator('.svg-map').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await openCountry(page);
    await page.getByRole('combobox', { name: 'Find an agency' }).focus();
    await page.keyboard.press('Tab');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
