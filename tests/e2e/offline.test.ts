/**
 * Offline: after one visit the service worker (dist/sw.js, generated at build time) has cached a small
 * core (home, methodology, compare, assets, summary): offline, a reload still shows the map. After
 * "Save for offline use", a state page and a comparison never opened before work offline too. The
 * county explorer is never precached.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const browser = useBrowser();

describe('service worker', () => {
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

  it('an embedded copy (in an iframe) does not install the worker', async () => {
    const { page, context } = await openPage(browser(), { serviceWorkers: 'allow' });
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
