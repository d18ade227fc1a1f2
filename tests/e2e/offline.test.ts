/**
 * Offline: after one visit the service worker (dist/sw.js, generated at build time) has precached
 * the reader pages, assets and data; with the browser context offline a reload still shows the map,
 * and a state page and a comparison never opened before still work. The precache leaves the county
 * explorer out.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('service worker', () => {
  it('sw.js precaches both languages\' home, methodology, compare and 51 state pages, assets and state data, not the explorer', () => {
    const sw = fs.readFileSync('dist/sw.js', 'utf8');
    const list = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[];
    for (const p of ['', 'methodology/', 'compare/', 'es/', 'es/methodology/', 'es/compare/']) expect(list).toContain(`${base}${p}`);
    expect(list.filter((u) => /\/states\/[a-z]{2}\/$/.test(u))).toHaveLength(summary.states.length * 2);
    expect(list.filter((u) => /\/data\/states\/[a-z]{2}\.json$/.test(u))).toHaveLength(summary.states.length);
    expect(list).toContain(`${base}data/summary.json`);
    expect(list.some((u) => /explore|county|maplibre|counties/.test(u))).toBe(false);
    for (const u of list.filter((x) => x.includes('/_astro/'))) expect(fs.existsSync(`dist/${u.slice(base.length)}`), u).toBe(true);
    expect(sw).toMatch(/const VERSION = "[0-9a-f]{12}"/);
  });

  it('after one visit, going offline and reloading still shows the map; an unvisited state page and a comparison work offline', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    // Really offline: a file never fetched (and not precached) fails; the page itself comes from the worker.
    const get = (u: string) => page.evaluate((url) => fetch(url, { cache: 'no-store' }).then((r) => (r.ok ? 'ok' : 'error'), () => 'offline'), u);
    expect(await get(`${base}data/agencies.csv`)).toBe('offline');
    expect(await get(baseUrl)).toBe('ok');
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('svg.map').isVisible()).toBe(true);
    expect(await page.locator('a.st').count()).toBe(summary.states.length);
    await page.goto(`${baseUrl}states/ca/`, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toContain('California');
    await page.goto(`${baseUrl}compare/?states=tx,ca`, { waitUntil: 'load' });
    await page.locator('.cmp-col[data-usps=CA]').waitFor();
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    expect(await page.locator('.cmp-col[data-usps=TX] [data-testid=compare-count]').innerText()).toBe(new Intl.NumberFormat('en-US').format(tx.agreements));
    await context.close();
  });

  it('an embedded copy (in an iframe) does not install the worker', async () => {
    const { page, context } = await openPage(browser);
    // The methodology page has no script, so nothing else registers a worker here.
    await page.goto(`${baseUrl}methodology/`, { waitUntil: 'load' });
    await page.evaluate((src) => new Promise((done) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.onload = done;
      document.body.append(f);
    }), `${baseUrl}states/tx/`);
    const frame = page.frames().find((f) => f.url().includes('/states/tx/'))!;
    await frame.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await context.close();
  });
});
