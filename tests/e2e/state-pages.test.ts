/**
 * The full state pages (issue 4) against the production build: all 51 pages carry their stance
 * sentence, policy sources and agreement count (read from dist/); in Chromium the agencies table sorts
 * and filters, the share button copies the address, bad query values are harmless, axe finds nothing
 * (light and dark), nothing leaves the site; name aliases and upper-case codes lead to the real page;
 * the sitemap lists every state; screenshots at phone and desktop widths for a human look.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser, gotoSettled, settled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { StateDetail, Summary } from '@schema/records.ts';
import { t, type MessageKey } from '@i18n/index.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const decode = (html: string) =>
  html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const browser = useBrowser();

describe('state pages in dist/ (expected values read from public/data)', () => {
  it('all 51 carry the stance sentence, every policy source link and the agreement count from summary.json', () => {
    expect(summary.states).toHaveLength(51);
    for (const s of summary.states) {
      const code = s.usps.toLowerCase();
      const html = decode(fs.readFileSync(`dist/states/${code}/index.html`, 'utf8'));
      const detail = JSON.parse(fs.readFileSync(`public/data/states/${code}.json`, 'utf8')) as StateDetail;
      expect(html, s.usps).toContain(t('en', `stance.sentence.${s.stance}` as MessageKey, { name: s.name }));
      for (const u of detail.policy.measures.flatMap((m) => m.sources.map((x) => x.url))) expect(html, `${s.usps} ${u}`).toContain(`href="${u}"`);
      const counts = /data-testid="state-counts"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
      expect(counts, s.usps).toMatch(new RegExp(`^${fmt(s.agreements).replace(',', '\\,')} active agreements?\\b`));
      expect(html, s.usps).toContain(`data/states/${code}.csv`);
    }
  });

  it('each agency row links its signed agreements on ice.gov, one link per agreement that has one', () => {
    let links = 0;
    for (const s of summary.states) {
      const code = s.usps.toLowerCase();
      const html = decode(fs.readFileSync(`dist/states/${code}/index.html`, 'utf8'));
      const detail = JSON.parse(fs.readFileSync(`public/data/states/${code}.json`, 'utf8')) as StateDetail;
      const want = detail.agencies.flatMap((a) => a.models.map((m) => m.moaUrl).filter((u): u is string => u !== null));
      const got = [...html.matchAll(/<a class="moa[^"]*" href="([^"]+)"[^>]*>([^<]*)</g)];
      expect(got.map((m) => m[1]).sort(), s.usps).toEqual(want.sort());
      for (const m of got) expect(m[2], s.usps).toBe('Signed agreement (PDF, ice.gov)');
      links += got.length;
    }
    // Active agreements in the 50 states + DC with a link in the newest sheet or an earlier one.
    expect(links).toBeGreaterThan(1600);
  });

  it('every full-name alias redirects (meta refresh + canonical + visible link) to the code page', () => {
    const ny = fs.readFileSync('dist/states/new-york/index.html', 'utf8');
    expect(ny).toMatch(/http-equiv="refresh" content="0; url=[^"]*\/states\/ny\/"/);
    expect(ny).toMatch(/rel="canonical" href="[^"]*\/states\/ny\/"/);
    expect(ny).toMatch(/<a href="[^"]*\/states\/ny\/">/);
    expect(ny).not.toMatch(/<script/);
    expect(fs.existsSync('dist/states/district-of-columbia/index.html')).toBe(true);
  });

  it('sitemap lists the 51 state pages in both languages as absolute URLs and robots.txt points to it', () => {
    const xml = fs.readFileSync('dist/sitemap.xml', 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const statesLocs = locs.filter((u) => /\/states\/[a-z]{2}\/$/.test(u));
    expect(statesLocs).toHaveLength(51 * 2);
    expect(statesLocs.filter((u) => u.includes('/es/states/'))).toHaveLength(51);
    for (const u of locs) expect(u).toMatch(/^https?:\/\//);
    expect(fs.readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

describe('state page in Chromium (expected values read from public/data)', () => {
  it('ignores unknown query values without console errors and makes no foreign requests', async () => {
    const { page, context, errors, requests } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}states/tx/?view=bogus&sort=nope-up&q=`);
    expect(await page.locator('h1').innerText()).toContain('Texas');
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    expect(await page.locator('table.agencies tbody tr:not([hidden])').count()).toBe(tx.agencies);
    expect(await page.locator('th[data-key=name]').getAttribute('aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the agencies table sorts (aria-sort) and filters ("Keller" → 1 row), and the URL keeps both', async () => {
    const { page, context, errors } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}states/tx/`);
    const names = () => page.locator('table.agencies tbody tr:not([hidden]) th').allInnerTexts();
    const before = await names();
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en-US', { sensitivity: 'base', numeric: true })));
    await page.locator('th[data-key=name] button').click();
    expect(await page.locator('th[data-key=name]').getAttribute('aria-sort')).toBe('descending');
    expect((await names())[0]).toBe(before[before.length - 1]);
    // Signed date: ascending puts the earliest first.
    await page.locator('th[data-key=signed] button').click();
    expect(await page.locator('th[data-key=signed]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('th[data-key=name]').getAttribute('aria-sort')).toBeNull();
    const keys = await page.locator('table.agencies tbody tr td:nth-child(4)').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.v!));
    expect(keys).toEqual([...keys].sort());
    // County: sorted by the cell's own text (no data-v written for it).
    await page.locator('th[data-key=county] button').click();
    const counties = await page.locator('table.agencies tbody tr td:nth-child(5)').allInnerTexts();
    expect(counties).toEqual([...counties].sort((x, y) => x.localeCompare(y, 'en-US', { sensitivity: 'base', numeric: true })));
    expect(new Set(counties).size).toBeGreaterThan(50);
    await page.locator('th[data-key=signed] button').click();
    await page.locator('#agency-filter').fill('Keller');
    expect(await names()).toEqual(['Keller Police Department']);
    await expect.poll(() => page.locator('agency-table [data-role=count]').textContent()).toContain('1 of');
    const params = () => new URL(page.url()).searchParams;
    expect(params().get('q')).toBe('Keller');
    expect(params().get('sort')).toBe('signed-asc');
    // The URL restores the view (a shared link opens the same filtered, sorted table).
    await settled(page, () => page.reload());
    expect(await names()).toEqual(['Keller Police Department']);
    expect(await page.locator('th[data-key=signed]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('#agency-filter').fill('');
    expect((await names()).length).toBe(before.length);
    expect(params().has('q')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the share button copies the address to the clipboard and says so', async () => {
    const { page, context, errors } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    // Force the clipboard path even where this Chromium offers the Web Share API.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    const url = `${baseUrl}states/tx/?q=keller`;
    await gotoSettled(page, url);
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect.poll(() => page.locator('share-button [role=status]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the national page shares its current view', async () => {
    const { page, context, errors } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    const url = `${baseUrl}?view=agreements&state=tx`;
    await gotoSettled(page, url);
    await page.locator('.asof share-button button').click();
    await expect.poll(() => page.locator('.asof share-button [role=status]').textContent()).toBe('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('view')).toBe('agreements');
    expect(copied.searchParams.get('state')).toBe('tx');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [code, colorScheme] of [['tx', 'light'], ['ca', 'light'], ['ny', 'dark']] as const) {
    it(`axe finds no violations on /states/${code}/ (${colorScheme})`, async () => {
      const { page, context, errors, requests } = await openPage(browser(), { bypassCSP: true, colorScheme });
      await gotoSettled(page, `${baseUrl}states/${code}/`);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, baseUrl)).toEqual([]);
      await context.close();
    });
  }

  it('/states/new-york/ leads to /states/ny/, and /states/TX/ (404) to /states/tx/', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}states/new-york/`);
    await page.waitForURL(/\/states\/ny\/$/);
    expect(await page.locator('h1').innerText()).toContain('New York');
    const res = await page.goto(`${baseUrl}states/TX/`);
    expect(res?.status()).toBe(404);
    await page.waitForURL(/\/states\/tx\/$/);
    expect(await page.locator('h1').innerText()).toContain('Texas');
    // An unknown path stays on the helpful 404 page.
    await gotoSettled(page, `${baseUrl}states/zz/`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('.state-list a').count()).toBe(51);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await context.close();
  });

  it('screenshots of /states/tx/ at 390 and 1280 px', async () => {
    fs.mkdirSync('test-artifacts', { recursive: true });
    for (const width of [390, 1280]) {
      const { page, context, errors } = await openPage(browser(), { viewport: { width, height: 900 } });
      await gotoSettled(page, `${baseUrl}states/tx/`);
      // No horizontal page scroll at either width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `test-artifacts/state-tx-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
