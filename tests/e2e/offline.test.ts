/**
 * Offline: after one visit the service worker (dist/sw.js, generated at build time) has cached a small
 * core (home, methodology, compare, assets, summary): offline, a reload still shows the map. After
 * "Save for offline use", a state page and a comparison never opened before work offline too. The
 * county explorer is never precached.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const browser = useBrowser();

/**
 * Counts navigator.serviceWorker.register() calls in every frame of the context (window.__registered),
 * and those made before the page's first contentful paint (window.__beforePaint).
 */
const countRegistrations = (context: BrowserContext) => context.addInitScript(() => {
  const w = window as unknown as { __registered: number; __beforePaint: number };
  w.__registered = 0;
  w.__beforePaint = 0;
  const sw = navigator.serviceWorker;
  const register = sw.register.bind(sw);
  sw.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
    w.__registered++;
    if (performance.getEntriesByName('first-contentful-paint').length === 0) w.__beforePaint++;
    return register(...args);
  };
});

describe('service worker (expected values read from public/data)', () => {
  const lists = () => {
    const sw = fs.readFileSync('dist/sw.js', 'utf8');
    const list = (name: string) => JSON.parse(new RegExp(`const ${name} = (\\[.*\\]);`).exec(sw)![1]!) as string[];
    return { sw, core: list('CORE'), rest: list('REST') };
  };

  it('sw.js caches a small core on install and the state pages and data only on request, never the explorer', () => {
    const { sw, core, rest } = lists();
    for (const p of ['', 'methodology/', 'compare/', 'es/', 'es/methodology/', 'es/compare/']) expect(core).toContain(`${base}${p}`);
    expect(core).toContain(`${base}data/summary.json`);
    expect(core.some((u) => /\/states\//.test(u))).toBe(false);
    expect(rest.filter((u) => /\/states\/[a-z]{2}\/$/.test(u))).toHaveLength(summary.states.length * 2);
    expect(rest.filter((u) => /\/data\/states\/[a-z]{2}\.json$/.test(u))).toHaveLength(summary.states.length);
    expect([...core, ...rest].some((u) => /explore|county|maplibre|counties/.test(u))).toBe(false);
    for (const u of core.filter((x) => x.includes('/_astro/'))) expect(fs.existsSync(`dist/${u.slice(base.length)}`), u).toBe(true);
    // The install-time core stays small (a phone reader is not made to download the site).
    const gz = core.reduce((n, u) => {
      const rel = u.slice(base.length);
      const f = `dist/${rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel}`;
      return n + zlib.gzipSync(fs.readFileSync(f)).length;
    }, 0);
    expect(gz).toBeLessThan(400 * 1024);
    expect(sw).toMatch(/const VERSION = "[0-9a-f]{12}"/);
  });

  it('after one visit, offline, a reload still shows the map; after "Save for offline use", unvisited state pages and comparisons work', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const get = (u: string) => page.evaluate((url) => fetch(url, { cache: 'no-store' }).then((r) => (r.ok ? 'ok' : 'error'), () => 'offline'), u);
    await context.setOffline(true);
    // Really offline: a file never fetched (and not cached) fails; the page itself comes from the worker.
    expect(await get(`${base}data/agencies.csv`)).toBe('offline');
    expect(await get(`${base}states/ca/`)).toBe('offline');
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('svg.map').isVisible()).toBe(true);
    expect(await page.locator('a.st').count()).toBe(summary.states.length);
    // Back online, the reader asks for the whole site.
    await context.setOffline(false);
    const save = page.getByRole('button', { name: 'Save for offline use' });
    await save.click();
    await expect.poll(() => page.locator('[data-role=offline-status]').textContent(), { timeout: 60_000 }).toBe('Saved: this device can now use the whole site offline.');
    await context.setOffline(true);
    await page.goto(`${baseUrl}states/ca/`, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toContain('California');
    await page.goto(`${baseUrl}compare/?states=tx,ca`, { waitUntil: 'load' });
    await page.locator('.cmp-col[data-usps=CA]').waitFor();
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    expect(await page.locator('.cmp-col[data-usps=TX] [data-testid=compare-count]').innerText()).toBe(new Intl.NumberFormat('en-US').format(tx.agreements));
    await context.close();
  });

  it('an embedded copy (in an iframe) does not install the worker; the same page on top does (control)', async () => {
    const { page, context } = await openPage(browser(), { serviceWorkers: 'allow' });
    // Count register() calls in every frame. A page that will not register (an iframe, Save-Data)
    // decides so when its script runs, before its load event, so a 0 after load is final (no fixed wait).
    await countRegistrations(context);
    const registered = (f: { evaluate: Page['evaluate'] }) => f.evaluate(() => (window as unknown as { __registered: number }).__registered);
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
    expect(await frame.locator('h1').innerText()).toContain('Texas'); // the page did run in the frame
    expect(await registered(frame)).toBe(0);
    expect(await registered(page)).toBe(0);
    expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    // Control: the same page opened on top registers the worker, after load and after its first
    // paint (so the worker's downloads do not compete with that paint).
    const top = await context.newPage();
    // Paint only 300 ms after load, as a slow phone may: registering at load would then come first.
    await top.addInitScript(() => {
      new MutationObserver((_, o) => {
        if (!document.documentElement) return;
        document.documentElement.style.visibility = 'hidden';
        o.disconnect();
      }).observe(document, { childList: true });
      window.addEventListener('load', () => setTimeout(() => document.documentElement.style.removeProperty('visibility'), 300));
    });
    await top.goto(`${baseUrl}states/tx/`, { waitUntil: 'load' });
    await expect.poll(() => registered(top)).toBe(1);
    expect(await top.evaluate(() => (window as unknown as { __beforePaint: number }).__beforePaint)).toBe(0);
    await expect.poll(() => top.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
    await context.close();
  });

  it('a reader whose browser asks to save data gets no worker (Save-Data), on a page that otherwise registers one', async () => {
    const { page, context } = await openPage(browser(), { serviceWorkers: 'allow' });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { configurable: true, get: () => ({ saveData: true, effectiveType: '4g' }) });
    });
    await countRegistrations(context);
    await page.goto(`${baseUrl}states/tx/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __registered: number }).__registered)).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await context.close();
  });

  it('a slow network (over 4 s) gets the cached page, a merely sluggish one (1 s) the fresh page; old cd- caches are deleted', async () => {
    // A proxy in front of the test server: its own origin (so its own worker and caches), and a page
    // that, when slowed down, comes back marked so the test can tell network from cache.
    let slowMs = 0;
    const proxy = http.createServer(async (req, res) => {
      const upstream = await fetch(new URL(req.url!.slice(1), baseUrl), { headers: { 'accept-encoding': 'identity' } });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (slowMs && req.url!.startsWith(`${base}methodology/`)) {
        await new Promise((r) => setTimeout(r, slowMs));
        body = Buffer.from(body.toString('utf8').replace('<h1', '<h1 data-fresh="yes"'));
      }
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const { page, context } = await openPage(browser(), { serviceWorkers: 'allow' });
    try {
      // Caches left by an older build, and one that is not ours.
      await page.goto(`${origin}${base}methodology/`, { waitUntil: 'load' });
      await page.evaluate(() => Promise.all(['cd-static-0123456789ab', 'cd-runtime-0123456789ab', 'someone-else'].map((n) => caches.open(n))));
      await page.goto(`${origin}${base}`, { waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const version = /const VERSION = "([0-9a-f]{12})"/.exec(fs.readFileSync('dist/sw.js', 'utf8'))![1]!;
      await expect.poll(() => page.evaluate(() => caches.keys()).then((k) => k.sort())).toEqual(
        expect.arrayContaining([`cd-static-${version}`, 'someone-else']),
      );
      expect((await page.evaluate(() => caches.keys())).filter((k) => k.includes('0123456789ab'))).toEqual([]);
      const fresh = async () => {
        await page.goto(`${origin}${base}methodology/`, { waitUntil: 'load', timeout: 20_000 });
        expect(await page.locator('h1').isVisible()).toBe(true);
        return page.locator('h1').getAttribute('data-fresh');
      };
      slowMs = 1000;
      expect(await fresh(), 'a 1 s answer is waited for').toBe('yes');
      slowMs = 9000;
      const t = Date.now();
      expect(await fresh(), 'after 4 s the cached copy is shown').toBeNull();
      expect(Date.now() - t).toBeLessThan(9000);
    } finally {
      await context.close();
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });
});
