/**
 * Failure modes against the production build: no JavaScript, a data file that fails, unknown
 * permalinks and query values, 300 px and 3840 px screens, and prefers-reduced-motion. The county
 * explorer without WebGL is covered in explore.test.ts ("county explorer without WebGL").
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const SHOTS = '/tmp/shots-hardening';
const browser = useBrowser();

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
});

/** Horizontal overflow of the document, in CSS px (0 = no sideways scrolling). */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('JavaScript disabled (expected values read from public/data)', () => {
  it('the map, the table and the state links work', async () => {
    const { page, context, requests } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(baseUrl);
    expect(await page.locator('svg.map a.st > path').count()).toBe(51);
    expect(await page.locator('table.data-table tbody tr').count()).toBe(summary.states.length);
    // Following a state on the map leads to its full page, rendered without script.
    await page.locator('a.st[data-usps=TX]').click();
    await page.waitForURL(/\/states\/tx\/$/);
    expect(await page.locator('h1').innerText()).toContain('Texas');
    expect(await page.locator('table').count()).toBeGreaterThan(0);
    // ...and the methodology link in the footer too.
    await page.locator('footer a[href$="methodology/"]').click();
    await page.waitForURL(/\/methodology\/$/);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });
});

describe('a data file fails to load (expected values read from public/data)', () => {
  it('the panel says so clearly, the map, numbers and table stay', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.route('**/data/states/tx.json', (r) => r.fulfill({ status: 500, body: 'server error' }));
    await gotoSettled(page, `${baseUrl}?state=tx`);
    await expect.poll(() => page.locator('[data-role=details]').textContent()).toContain('could not be loaded');
    expect(await page.locator('[data-role=panel] [data-role=name]').textContent()).toBe('Texas');
    expect(await page.locator('svg.map a.st > path').count()).toBe(51);
    expect(await page.locator('table.data-table tbody tr').count()).toBe(summary.states.length);
    expect((await page.locator('#stat-agreements').textContent())?.trim()).toBe(new Intl.NumberFormat('en-US').format(summary.national.agreements));
    // The only error is the failed request itself, nothing thrown by our code.
    expect(errors.filter((e) => !/500|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('unknown permalinks and bad query values', () => {
  it('/states/zz/ and /es/states/zz/ answer 404 with a page of links', async () => {
    const { page, context } = await openPage(browser());
    for (const [path, title] of [['states/zz/', 'Page not found'], ['es/states/zz/', null]] as const) {
      const res = await gotoSettled(page, `${baseUrl}${path}`);
      expect(res?.status()).toBe(404);
      if (title) expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.locator('main a').count()).toBeGreaterThanOrEqual(52);
    }
    await context.close();
  });
  for (const query of ['?state=zz', '?view=bogus', '?model=bogus', '?state=%3Cscript%3E&view=%22onload%3D', '?view=agreements&model=../../etc', '?view=__proto__&model=constructor&state=hasOwnProperty', '?view=toString&state=constructor']) {
    it(`${query} falls back to a working default view without console errors`, async () => {
      const { page, context, errors } = await openPage(browser());
      await gotoSettled(page, `${baseUrl}${query}`);
      const view = await page.locator('divide-map').getAttribute('data-view');
      expect(['divide', 'agreements']).toContain(view);
      expect(await page.locator('[data-role=panel] [data-role=body]').isVisible()).toBe(false);
      expect(await page.locator('script[src*=evil], [onload]').count()).toBe(0);
      // Selecting still works afterwards.
      await page.locator('a.st[data-usps=TX]').click();
      expect(await page.locator('[data-role=panel] [data-role=name]').textContent()).toBe('Texas');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('very narrow and very wide screens', () => {
  for (const [width, height] of [[300, 700], [3840, 2160]] as const) {
    for (const path of ['', 'states/tx/', 'methodology/']) {
      it(`${width} px: /${path} has no horizontal scroll and a sensibly sized map`, async () => {
        const { page, context, errors } = await openPage(browser(), { viewport: { width, height } });
        await gotoSettled(page, `${baseUrl}${path}`);
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        if (path === '') {
          const box = (await page.locator('svg.map').first().boundingBox())!;
          // Visible and using the screen: at least 85% of a phone's width, not stretched past 1900 px at 4K.
          expect(box.width).toBeGreaterThan(width < 1000 ? width * 0.85 : 900);
          expect(box.width).toBeLessThanOrEqual(Math.min(width, 1900));
          expect(box.height).toBeGreaterThan(box.width * 0.4);
          expect(box.height).toBeLessThan(height);
        }
        await page.screenshot({ path: `${SHOTS}/w${width}-${path.replace(/\W+/g, '-') || 'home'}.png`, fullPage: width < 1000 });
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('prefers-reduced-motion', () => {
  it('no CSS transitions or animations run', async () => {
    const { page, context } = await openPage(browser(), { reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    await page.locator('a.st[data-usps=TX]').hover();
    await page.getByRole('radio', { name: 'Agreements' }).check();
    await page.locator('a.st[data-usps=CA]').click();
    const moving = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const cs = getComputedStyle(el);
        const dur = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) || 0));
        if (dur(cs.transitionDuration) > 0.01 || (cs.animationName !== 'none' && dur(cs.animationDuration) > 0.01)) out.push(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
      }
      return { out: out.slice(0, 5), running: document.getAnimations().filter((a) => a.playState === 'running').length };
    });
    expect(moving).toEqual({ out: [], running: 0 });
    await context.close();
  });
  it('without the preference the map does animate (the check above can fail)', async () => {
    const { page, context } = await openPage(browser(), { reducedMotion: 'no-preference' });
    await gotoSettled(page, baseUrl);
    expect(await page.locator('a.st[data-usps=TX] > path').evaluate((p) => getComputedStyle(p).transitionDuration)).not.toBe('0s');
    await context.close();
  });
});
