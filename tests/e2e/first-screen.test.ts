/**
 * The first screen (issue #20): on a 390×844 phone and a 1440×900 desktop the whole national map and
 * the headline numbers are in the first viewport with no layout shift; on a phone a deep link or a tap
 * opens the sheet at its peek height with the selected state in view above it and no tooltip.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const fmt = (n: number, lang = 'en') => new Intl.NumberFormat(`${lang}-US`).format(n);
const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** The element's box in viewport coordinates (after any scrolling the page did). */
const box = (page: Page, sel: string) =>
  page.locator(sel).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });

/** Sum of layout-shift scores since navigation (buffered entries include those before the observer). */
const cls = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ sum: number; moved: string[] }>((resolve) => {
        let sum = 0;
        const moved: string[] = [];
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Shift[]) {
            if (e.hadRecentInput) continue;
            sum += e.value;
            for (const x of e.sources) moved.push(`${(x.node as Element | undefined)?.outerHTML?.slice(0, 60)} ${x.previousRect.y}->${x.currentRect.y}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ sum, moved }), 300);
      }),
  );

describe('first screen', () => {
  it.each([
    ['phone 390×844', PHONE, 'en'],
    ['desktop 1440×900', DESKTOP, 'en'],
    // The Spanish headline, dek and age line run longer: they must still leave the whole map in view.
    ['phone 390×844, Spanish', PHONE, 'es'],
    ['desktop 1440×900, Spanish', DESKTOP, 'es'],
  ] as const)('%s: the whole map and the headline numbers are in the first viewport, with no layout shift', async (_, opts, lang) => {
    const { page, context, errors } = await openPage(browser(), opts);
    await gotoSettled(page, lang === 'en' ? baseUrl : `${baseUrl}${lang}/`);
    const h = opts.viewport.height;
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const map = await box(page, 'svg.map');
    expect(map.top).toBeGreaterThan(0);
    expect(map.bottom, 'map bottom').toBeLessThanOrEqual(h);
    expect(map.height).toBeGreaterThan(opts.viewport.width < 500 ? 200 : 500);
    // The opening block is hidden until it is parsed whole (paint-after.ts): once loaded, it shows.
    expect(await page.locator('header.intro').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    // The headline numbers, from the data, above the map and inside the viewport.
    const numbers = [
      ['#stat-agreements', summary.national.agreements],
      ['#stat-agencies', summary.national.agencies],
      ['#stat-mandate', summary.stanceCounts.mandate],
      ['#stat-prohibit', summary.stanceCounts.prohibit],
    ] as const;
    for (const [sel, n] of numbers) {
      expect((await page.locator(sel).textContent())?.trim()).toBe(fmt(n, lang));
      const b = await box(page, sel);
      expect(b.top, sel).toBeGreaterThanOrEqual(0);
      expect(b.bottom, sel).toBeLessThanOrEqual(map.top);
    }
    // The legend (with its counts) and the month control are on the first screen too.
    for (const sel of ['.legend[data-for~=divide] [data-tl-stance=prohibit]', '[data-role=tc-range]']) {
      const b = await box(page, sel);
      expect(b.height, sel).toBeGreaterThan(0);
      expect(b.bottom, sel).toBeLessThanOrEqual(h);
    }
    const shift = await cls(page);
    expect(shift.sum, shift.moved.join('\n')).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('phone selection', () => {
  it('?state=ny opens the sheet at its peek height beside the map: New York and the whole map stay in view above it', async () => {
    const { page, context, errors } = await openPage(browser(), PHONE);
    await gotoSettled(page, `${baseUrl}?state=ny`);
    await expect.poll(() => page.locator('[data-role=panel] [data-role=name]').textContent(), { timeout: 10_000 }).toBe('New York');
    await page.waitForTimeout(600); // a smooth scroll, if any, has ended
    const sheet = await box(page, '[data-role=panel]');
    expect(sheet.bottom).toBeCloseTo(844, 0);
    expect(sheet.height).toBeLessThanOrEqual(200);
    const map = await box(page, 'svg.map');
    expect(map.top).toBeGreaterThanOrEqual(0);
    expect(map.bottom).toBeLessThanOrEqual(sheet.top);
    const ny = await box(page, 'a.st[data-usps=NY]');
    expect(ny.bottom).toBeLessThanOrEqual(sheet.top);
    // The peek shows the name, the law and the counts.
    for (const role of ['stance', 'count']) {
      const b = await box(page, `[data-role=panel] [data-role=${role}]`);
      expect(b.bottom, role).toBeLessThanOrEqual(844);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap opens the sheet with no tooltip; the sheet expands and collapses; another tap keeps its height', async () => {
    const { page, context, errors } = await openPage(browser(), PHONE);
    await gotoSettled(page, baseUrl);
    await page.locator('a.st[data-usps=TX]').tap();
    await expect.poll(() => page.locator('[data-role=panel] [data-role=name]').textContent(), { timeout: 10_000 }).toBe('Texas');
    expect(await page.locator('[data-role=tip]').isVisible()).toBe(false);
    await page.waitForTimeout(600);
    const peek = await box(page, '[data-role=panel]');
    expect(peek.height).toBeLessThanOrEqual(200);
    expect((await box(page, 'a.st[data-usps=TX]')).bottom).toBeLessThanOrEqual(peek.top);

    const toggle = page.locator('[data-role=sheet-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await box(page, '[data-role=panel]')).height).toBeGreaterThan(600);
    await toggle.tap();
    expect((await box(page, '[data-role=panel]')).height).toBeLessThanOrEqual(200);
    await page.locator('a.small-btn[data-usps=DC]').tap();
    await expect.poll(() => page.locator('[data-role=panel] [data-role=name]').textContent()).toBe('District of Columbia');
    expect((await box(page, '[data-role=panel]')).height).toBeLessThanOrEqual(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
