/**
 * The county explorer in real Chromium: its SVG first view (no maplibre byte), the swap to the
 * zoomable WebGL map (through SwiftShader) when the reader asks or zooms, and the SVG map alone with
 * WebGL switched off. Numbers are checked against the pipeline's own files.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { StateDetail } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const counts = JSON.parse(fs.readFileSync('public/data/county-counts.json', 'utf8')) as Record<string, { agreements: number; agencies: number }>;
const browser = useBrowser();

async function ready(page: Page, mode: 'svg' | 'webgl' | 'fallback') {
  if (mode === 'webgl') {
    await ready(page, 'svg');
    await page.locator('[data-role="zoomable"]').click();
  }
  await page.waitForSelector(`county-explorer[data-mode="${mode}"]`, { timeout: 20_000 });
}

/** Clicks a county where no agency dot covers it (the dots sit on county centroids). */
async function clickCounty(page: Page, fips: string) {
  const path = page.locator(`.svg-map .counties path[data-fips="${fips}"]`);
  await path.scrollIntoViewIfNeeded();
  const pt = await path.evaluate((p) => {
    const r = p.getBoundingClientRect();
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
      const [x, y] = [r.left + (r.width * i) / 20, r.top + (r.height * j) / 20];
      if (document.elementFromPoint(x, y) === p) return { x, y };
    }
    return null;
  });
  if (!pt) throw new Error(`no free point on county ${fips}`);
  await page.mouse.click(pt.x, pt.y);
}

describe('county explorer first view: SVG, then the zoomable map on request', () => {
  it('draws Texas as SVG with dots, list and search, and fetches no maplibre byte', async () => {
    const { page, requests, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'svg');
    const tx = Object.keys(counts).filter((f) => f.startsWith('48'));
    // Every Texas county is drawn (counties without agreements too), each coloured and titled.
    expect(await page.locator('.svg-map .counties path').count()).toBeGreaterThanOrEqual(tx.length);
    const tarrant = page.locator('.svg-map .counties path[data-fips="48439"]');
    expect(await tarrant.getAttribute('aria-label')).toContain(`(active agreements: ${counts['48439']!.agreements})`);
    // The hover tooltip (<title>) is made when the pointer first reaches the county.
    await tarrant.dispatchEvent('pointerover');
    expect(await tarrant.locator('title').textContent()).toContain(`(active agreements: ${counts['48439']!.agreements})`);
    expect(await page.locator('.svg-map .dots circle').count()).toBeGreaterThan(250);
    await clickCounty(page, '48439');
    await expect.poll(() => page.locator('[data-role="county"]').getAttribute('data-fips')).toBe('48439');
    await page.getByRole('combobox', { name: 'Find an agency' }).fill('Keller Police');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(requests.filter((u) => /maplibre|county-map|states-lonlat/.test(u))).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wheel turn on the SVG map swaps in the zoomable map and keeps the chosen agency', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'svg');
    await page.locator('[data-role="list"] button', { hasText: 'Angelina County Sheriff' }).click();
    await expect.poll(() => page.locator('[data-role="county"]').getAttribute('data-fips')).toBe('48005');
    const box = (await page.locator('.svg-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForSelector('county-explorer[data-mode="webgl"]', { timeout: 20_000 });
    expect(await page.locator('.svg-map').count()).toBe(0);
    expect(await page.locator('[data-role="agency"]').innerText()).toContain('Angelina County Sheriff');
    expect(await page.locator('[data-role="county"]').getAttribute('data-fips')).toBe('48005');
    expect(new URL(page.url()).searchParams.get('state')).toBe('tx');
    const zoom = await page.evaluate(() => (document.querySelector('county-explorer') as HTMLElement & { countyMap: { map: { getZoom: () => number } } }).countyMap.map.getZoom());
    expect(zoom).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('county explorer (expected values read from public/data)', () => {
  it('renders a non-blank WebGL map of Texas from our own files only', async () => {
    const { page, requests, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'webgl');
    await page.waitForTimeout(500);
    const png = await page.locator('.maplibregl-canvas').screenshot();
    // A blank canvas compresses to almost nothing; a drawn county map does not.
    expect(png.length).toBeGreaterThan(20_000);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(requests.some((u) => u.includes('/data/counties/tx.topojson'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a clicked county with the pipeline numbers', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'webgl');
    // Tarrant County, TX (Fort Worth): find its screen position from the map itself.
    const point = await page.evaluate(() => {
      const el = document.querySelector('county-explorer') as HTMLElement & { countyMap: { map: { project: (p: [number, number]) => { x: number; y: number } } } };
      const p = el.countyMap.map.project([-97.29, 32.77]);
      const r = el.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    const card = page.locator('[data-role="county"]');
    await expect.poll(() => card.getAttribute('data-fips')).toBe('48439');
    const text = await card.innerText();
    expect(text).toContain('Tarrant, Texas');
    expect(text).toContain(`Active 287(g) agreements: ${counts['48439']!.agreements}`);
    expect(text).toContain(`Agencies: ${counts['48439']!.agencies}`);
    await context.close();
  });

  it('finds an agency by name and jumps to its state (keyboard only)', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/`);
    await ready(page, 'webgl');
    const box = page.getByRole('combobox', { name: 'Find an agency' });
    await box.focus();
    await page.keyboard.type('Harris County Sheriff');
    const options = page.getByRole('listbox', { name: 'Find an agency' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    // Harris County, TX has no agreement in ICE's sheets; the only active one is Harris County, GA.
    expect(await options.allInnerTexts()).toEqual(["Harris County Sheriff's Office (Georgia)"]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('ga');
    // Choosing an agency in another state first loads and draws that state's counties: slow on a busy CPU.
    await expect.poll(() => page.locator('[data-role="agency"]').innerText(), { timeout: 15_000 }).toContain("Harris County Sheriff's Office");
    await expect.poll(() => page.locator('[data-role="agency"]').innerText(), { timeout: 15_000 }).toMatch(/Warrant Service Officer, signed/);
    expect(await page.locator('select[name="state"]').inputValue()).toBe('ga');
    // The card links each signed agreement (expected values read from public/data/states/ga.json).
    const ga = JSON.parse(fs.readFileSync('public/data/states/ga.json', 'utf8')) as StateDetail;
    const want = ga.agencies.find((a) => a.id === 'ga-harris-county-sheriffs-office')!.models.map((m) => m.moaUrl).filter(Boolean);
    const links = page.locator('[data-role="agency"] a');
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), { timeout: 15_000 }).toEqual(want);
    expect(await links.allInnerTexts()).toEqual(want.map(() => 'Signed agreement (PDF, ice.gov)'));
    await context.close();
  });

  it('in Texas, "Harris" lists Texas first; choosing Georgia says so; state changes keep the one WebGL map', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'webgl');
    // A state is picked: the list's overflow note does not ask to pick one.
    expect(await page.locator('[data-role="list-more"]').innerText()).not.toContain('pick a state');
    const box = page.getByRole('combobox', { name: 'Find an agency' });
    await box.fill('Harris');
    const options = page.getByRole('listbox', { name: 'Find an agency' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const texts = await options.allInnerTexts();
    expect(texts[0]).toBe("Harrison County Sheriff's Office (Texas)");
    await options.filter({ hasText: 'Georgia' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state'), { timeout: 15_000 }).toBe('ga');
    await expect.poll(() => page.locator('[data-role="moved"]').innerText(), { timeout: 15_000 }).toContain('This agency is in Georgia');
    // Back to Texas with the State menu, then to Florida: still the zoomable map, one canvas, no fallback.
    for (const st of ['tx', 'fl']) {
      await page.locator('select[name="state"]').selectOption(st);
      await expect.poll(() => new URL(page.url()).searchParams.get('state'), { timeout: 15_000 }).toBe(st);
      expect(await page.locator('county-explorer').getAttribute('data-mode')).toBe('webgl');
    }
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await page.locator('.svg-map').count()).toBe(0);
    expect(await page.locator('[data-role="note"]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations', async () => {
    // bypassCSP only so axe can be injected; the page's own CSP is checked by the other tests.
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${baseUrl}explore/?state=tx`);
    await ready(page, 'svg');
    expect(await axeViolations(page)).toEqual([]);
    await ready(page, 'webgl');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('county explorer without WebGL (expected values read from public/data)', () => {
  const noGl = useBrowser(['--disable-webgl', '--disable-3d-apis']);

  it('draws the SVG county map with an explanation instead of a blank box', async () => {
    const { page, requests, context } = await openPage(noGl(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}explore/?state=fl`);
    // WebGL is probed when the reader reaches for the zoomable map (the probe is too slow for first view).
    await ready(page, 'svg');
    await page.locator('[data-role="zoomable"]').click();
    await ready(page, 'fallback');
    expect(await page.locator('.svg-map .counties path').count()).toBe(67);
    expect(await page.locator('[data-role="note"]').innerText()).toMatch(/WebGL is unavailable/);
    expect(await page.locator('[data-role="zoomable"]').isVisible()).toBe(false);
    expect(requests.some((u) => u.includes('maplibre'))).toBe(false);
    await clickCounty(page, '12086');
    await expect.poll(() => page.locator('[data-role="county"]').getAttribute('data-fips')).toBe('12086');
    expect(await page.locator('[data-role="county"]').innerText()).toContain(`Active 287(g) agreements: ${counts['12086']!.agreements}`);
    await context.close();
  });
});

describe('the national page', () => {
  it('downloads no maplibre byte on first view', async () => {
    const { page, requests, context } = await openPage(browser());
    await gotoSettled(page, baseUrl);
    expect(requests.filter((u) => /maplibre|county-map/.test(u))).toEqual([]);
    await context.close();
  });
});
