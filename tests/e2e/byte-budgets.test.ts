/**
 * Byte budgets inside `npm test` (issue 17), so a regression fails CI without Lighthouse: what a
 * reader's browser actually transfers on a first view (gzip, as the test server and any static host
 * send it), read from Chromium's own network events. Budgets live in scripts/bench-budgets.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, gotoSettled } from '../support/browser.ts';
import { BUDGETS } from '../../scripts/bench-budgets.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Transfer { url: string; type: string; bytes: number }

async function firstView(path: string, ready: (page: Page) => Promise<unknown>): Promise<Transfer[]> {
  const context = await browser().newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const meta = new Map<string, { url: string; type: string }>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string; response: { url: string } }) => meta.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const m = meta.get(e.requestId);
    if (m) done.push({ ...m, bytes: e.encodedDataLength });
  });
  await gotoSettled(page, `${baseUrl}${path}`);
  await ready(page);
  await page.waitForTimeout(300);
  await context.close();
  return done;
}

const sum = (t: Transfer[]) => t.reduce((n, x) => n + x.bytes, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const list = (t: Transfer[]) => t.map((x) => `${new URL(x.url).pathname} ${kb(x.bytes)}`).join(', ');

describe('first-view byte budgets (gzip, as transferred)', () => {
  it(`home: everything ≤ ${kb(BUDGETS.homeFirstViewGzip)}, JavaScript ≤ ${kb(BUDGETS.homeJsGzip)}`, async () => {
    const t = await firstView('', (p) => p.waitForSelector('divide-map svg.map'));
    const js = t.filter((x) => x.type === 'Script');
    console.log(`home first view ${kb(sum(t))} (JS ${kb(sum(js))}): ${list(t)}`);
    expect(t.length).toBeGreaterThan(1);
    expect(sum(t)).toBeLessThanOrEqual(BUDGETS.homeFirstViewGzip);
    expect(sum(js)).toBeLessThanOrEqual(BUDGETS.homeJsGzip);
    // maplibre never loads with the national map.
    expect(t.filter((x) => /maplibre|county-map/.test(x.url))).toEqual([]);
  });

  it(`county explorer for Texas: SVG map, agency list and search ≤ ${kb(BUDGETS.explorerFirstViewGzip)}, no maplibre`, async () => {
    const t = await firstView('explore/?state=tx', (p) => p.waitForSelector('county-explorer[data-mode] .svg-map .dots circle'));
    console.log(`explorer first view ${kb(sum(t))}: ${list(t)}`);
    // The state's counties come pre-projected (explore/map/tx.json); the lon/lat shapes are the zoomable map's.
    expect(t.some((x) => x.url.endsWith('/explore/map/tx.json'))).toBe(true);
    expect(t.filter((x) => /topojson|county-counts/.test(x.url))).toEqual([]);
    expect(t.some((x) => x.url.endsWith('/data/agency-index.json'))).toBe(true);
    expect(t.filter((x) => /maplibre|county-map/.test(x.url))).toEqual([]);
    expect(sum(t)).toBeLessThanOrEqual(BUDGETS.explorerFirstViewGzip);
  });
});

/**
 * A script's imports are found only once the script has arrived: each level of the chain is another
 * round trip on a slow network. integrations/module-preload.mjs lists every chunk a page's scripts import
 * (`<link rel=modulepreload>`), so all of a page's JavaScript is named in its HTML and fetched together,
 * and puts it all at the end of <body>, so those requests do not come before the first paint.
 */
describe('every script a page loads is named in its HTML, at its end', () => {
  it.each(['', 'states/tx/', 'embed/', 'explore/?state=tx'])('/%s', async (path) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    const named = new Set([...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+\.js)"/g)].map((m) => m[1]!));
    // ...and named last: from the first of them to </body> there is nothing else.
    const tail = html.slice(html.search(/<script type="module"|<link rel="modulepreload"/));
    expect(tail).toMatch(/^(?:<link rel="modulepreload" href="[^"]+">|<script type="module" src="[^"]+"><\/script>)+<\/body>/);
    const t = await firstView(path, (p) => p.waitForLoadState('load'));
    const loaded = new Set(t.filter((x) => x.type === 'Script').map((x) => new URL(x.url).pathname));
    expect(loaded.size).toBeGreaterThan(0);
    expect([...loaded].filter((u) => !named.has(u)), 'loaded but found only through another script').toEqual([]);
    expect([...named].filter((u) => !loaded.has(u)), 'named but never used').toEqual([]);
  });
});

/**
 * Script time, not bytes: the first Intl object a page makes loads the locale's data (~60-90 ms on a
 * phone), which was the largest piece of the home page's script time twice (the month control, then
 * the share view). Scripts make their formatters on first use; a page load that nobody touches makes none.
 */
describe('no Intl object on an untouched page load', () => {
  it.each(['', 'es/', 'states/tx/', 'es/states/tx/', 'embed/'])('/%s', async (path) => {
    const context = await browser().newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { __intl: string[] }).__intl = made;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'ListFormat', 'RelativeTimeFormat'] as const) {
        const Real = Intl[name] as unknown as new (...a: unknown[]) => object;
        const Spy = function (this: unknown, ...a: unknown[]) {
          made.push(`${name} ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
          return new Real(...a);
        };
        Object.defineProperty(Intl, name, { value: Object.assign(Spy, { supportedLocalesOf: (Real as unknown as { supportedLocalesOf: unknown }).supportedLocalesOf }), configurable: true });
      }
    });
    await gotoSettled(page, `${baseUrl}${path}`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);
    await context.close();
  });
});
