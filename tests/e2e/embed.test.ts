/**
 * The embeds (docs/EMBED.md) against the production build, inside a real cross-origin host: a second
 * server on 127.0.0.1 (another port, so another origin) serves a news-like page holding the iframe and
 * the public loader. Height messages in both formats, resizing, width → height, the options (static,
 * theme, plain, lang), accessibility, no foreign requests, no maplibre, the first-view byte budget, the
 * "Embed this map" dialog, and screenshots for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { frameHeight, hostMessages, postedHeights, startEmbedHost } from '../support/embed-host.ts';
import type { Summary } from '@schema/records.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { UI } from '../../src/styles/tokens.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const SHOTS = '/tmp/shots-embed';
const browser = useBrowser();
let host: Awaited<ReturnType<typeof startEmbedHost>>;
let hostUrl: string;

beforeAll(async () => {
  host = await startEmbedHost(baseUrl);
  hostUrl = host.url;
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await host?.close();
});

async function openHost(src: string, width = '100%', viewport = { width: 1000, height: 900 }) {
  const opened = await openPage(browser(), { viewport });
  await gotoSettled(opened.page, `${hostUrl}?src=${encodeURIComponent(src)}&w=${encodeURIComponent(width)}`);
  const frame = opened.page.frame({ url: (u) => u.pathname.includes('/embed/') })!;
  return { ...opened, frame };
}

/** The embed's own document height, measured inside the frame. */
const docHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('auto-height in a cross-origin host page', () => {
  it('posts its height in the Datawrapper and Pym.js formats and the loader resizes the iframe to it', async () => {
    const { page, context, frame, errors, requests } = await openHost('embed/');
    await expect.poll(async () => (await postedHeights(page)).length).toBeGreaterThanOrEqual(2);
    const hs = await postedHeights(page);
    expect(new Set(hs.map((x) => x.kind))).toEqual(new Set(['dw', 'pym']));
    const m = (await hostMessages(page)).find((x) => typeof x.data === 'object')!;
    expect(m.data).toHaveProperty(['datawrapper-height', 'cooperation-divide']);
    expect(m.origin).toBe(new URL(baseUrl).origin);
    const h = await docHeight(frame);
    expect(h).toBeGreaterThan(300);
    expect(hs.at(-1)!.h).toBe(h);
    await expect.poll(() => frameHeight(page)).toBe(h);
    // The embed is map, legend and credit: no scrollbar inside the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl).filter((u) => !u.startsWith(hostUrl))).toEqual([]);
    // Lightest possible: no maplibre, no county data, no state detail before a click.
    expect(requests.filter((u) => /maplibre|county-map|counties|\/data\//.test(u))).toEqual([]);
    await context.close();
  });

  it('a narrower column changes the posted height and the iframe follows', async () => {
    const { page, context, frame } = await openHost('embed/', '900px');
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
    const wide = await frameHeight(page);
    await page.evaluate(() => (document.getElementById('col')!.style.width = '320px'));
    await expect.poll(() => frameHeight(page)).not.toBe(wide);
    await expect.poll(async () => (await postedHeights(page)).at(-1)!.h).toBe(await docHeight(frame));
    expect(await frameHeight(page)).toBe((await postedHeights(page)).at(-1)!.h);
    // Nothing sticks out sideways at 320 px.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await context.close();
  });

  it('the loader ignores height messages from other windows; the embed answers only Pym width messages', async () => {
    const { page, context, frame } = await openHost('embed/');
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
    const before = await frameHeight(page);
    // The host itself and an unrelated frame post well-formed height messages: the iframe must not move.
    await page.evaluate(() => {
      window.postMessage({ 'datawrapper-height': { 'cooperation-divide': 123 } }, '*');
      (document.getElementById('other') as HTMLIFrameElement).contentWindow!.parent.postMessage('pymxPYMxcooperation-dividexPYMxheightxPYMx222', '*');
    });
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    // Unknown messages to the embed get no answer; Pym's width message gets the height again.
    const count = (await postedHeights(page)).length;
    await page.evaluate(() => {
      const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ 'datawrapper-height': { x: 1 } }, '*');
      w.postMessage('pymxPYMxsomeone-elsexPYMxwidthxPYMx500', '*');
      w.postMessage('<img src=x onerror=alert(1)>', '*');
    });
    await page.waitForTimeout(300);
    expect((await postedHeights(page)).length).toBe(count);
    await page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage('pymxPYMxcooperation-dividexPYMxwidthxPYMx500', '*'));
    await expect.poll(async () => (await postedHeights(page)).length).toBe(count + 2);
    expect(await frame.evaluate(() => document.body.innerHTML.includes('onerror'))).toBe(false);
    await context.close();
  });
});

describe('options', () => {
  it('static: a picture with its legend, nothing focusable or clickable in the map', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 800 }, bypassCSP: true });
    await gotoSettled(page, `${baseUrl}embed/?static&view=law`);
    await expect.poll(() => page.locator('html[data-static]').count()).toBe(1);
    expect(await page.locator('divide-map').getAttribute('data-view')).toBe('law');
    expect(await page.locator('.legend[data-for~=law]').isVisible()).toBe(true);
    expect(await page.locator('[data-role=controls]').isVisible()).toBe(false);
    // No month control either (not even greyed out): a picture of one month.
    expect(await page.locator('[data-role=time]').isVisible()).toBe(false);
    expect(await page.locator('[data-role=tc-play]').isVisible()).toBe(false);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll('divide-map *')].filter((e) =>
        (e as HTMLElement).matches('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'),
      ).length,
    );
    expect(focusable).toBe(0);
    // The first Tab stop is the credit link after the map.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.embed-credit') !== null)).toBe(true);
    expect(await page.locator('svg.map').getAttribute('role')).toBe('img');
    expect(await page.locator('svg.map').getAttribute('aria-label')).toBe(en['embed.staticMap']);
    // Clicking a state neither opens a panel nor navigates.
    await page.locator('svg.map').click({ position: { x: 150, y: 120 }, force: true });
    expect(page.url()).toBe(`${baseUrl}embed/?static&view=law`);
    expect(await page.locator('divide-map[data-selected]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/embed-static-390.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('theme=dark and theme=light override the system setting; axe finds nothing in either', async () => {
    for (const [theme, system] of [['dark', 'light'], ['light', 'dark']] as const) {
      const { page, context } = await openPage(browser(), { viewport: { width: 600, height: 800 }, colorScheme: system, bypassCSP: true });
      await gotoSettled(page, `${baseUrl}embed/?theme=${theme}`);
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(hexRgb(UI[theme].bg!));
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/embed-${theme}-600.png`, fullPage: true });
      await context.close();
    }
  });

  it('plain hides the title but keeps the source line; ?lang=es moves to the Spanish embed keeping the options', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 800 } });
    await gotoSettled(page, `${baseUrl}embed/?plain&lang=es&view=agreements&state=tx`);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${new URL(baseUrl).pathname}es/embed/`);
    const q = new URL(page.url()).searchParams;
    expect([q.get('lang'), q.get('view'), q.get('state'), q.has('plain')]).toEqual([null, 'agreements', 'tx', true]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('.embed-credit').textContent()).toContain(es['embed.fullMap']);
    await expect.poll(() => page.locator('[data-role=panel] [data-role=name]').textContent()).toBe('Texas');
    await context.close();
  });
});

describe('one-state embed (expected values read from public/data)', () => {
  it('reads in ten seconds at 300 px: name, stance, agreements, data date, source, full page in a new tab', async () => {
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    const { page, context, requests, errors } = await openPage(browser(), { viewport: { width: 300, height: 600 }, bypassCSP: true });
    await gotoSettled(page, `${baseUrl}embed/states/tx/`);
    expect(await page.locator('h1').textContent()).toBe('Texas');
    expect(await page.locator('.stance').textContent()).toContain(en[`stance.${tx.stance}`]);
    expect(await page.locator('[data-testid=embed-count]').textContent()).toContain(new Intl.NumberFormat('en-US').format(tx.agreements));
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${summary.asOf}T00:00:00Z`));
    expect(await page.locator('.embed-credit').textContent()).toContain(date);
    const link = page.locator('.embed-credit a');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await link.getAttribute('href')).toMatch(/\/states\/tx\/$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(/\/states\/tx\/$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/embed-state-tx-300.png`, fullPage: true });
    await context.close();
  });
});

describe('height', () => {
  // Issue #20: the embed was 1,080 px tall at 400 px and 996 at 600 (controls, legend and notes stacked
  // over the map); the map layout keeps it within one laptop screen at both widths.
  it.each([400, 600])('at %i px wide the whole embed is at most 840 px tall, the map and legend inside it', async (width) => {
    const { page, context } = await openPage(browser(), { viewport: { width, height: 700 } });
    await gotoSettled(page, `${baseUrl}embed/`);
    const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(h).toBeLessThanOrEqual(840);
    expect(await page.locator('svg.map').isVisible()).toBe(true);
    expect(await page.locator('.legend[data-for~=divide]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('budget', () => {
  it('the national embed first view is at most 60 KB gzip (HTML + scripts + anything else requested)', async () => {
    const { page, context, requests } = await openPage(browser(), { viewport: { width: 390, height: 800 } });
    await gotoSettled(page, `${baseUrl}embed/`);
    const files = requests.map((u) => {
      const rel = new URL(u).pathname.slice(new URL(baseUrl).pathname.length);
      return path.join('dist', rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    });
    const bytes = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 6 }).length, 0);
    console.log(`embed first view: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
    await context.close();
  });
});

describe('"Embed this map" dialog', () => {
  it('home: code for the current view, copy, Escape closes and focus returns to the button', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await gotoSettled(page, `${baseUrl}?view=law&state=tx`);
    const button = page.getByRole('button', { name: en['embed.button'] });
    await button.click();
    const dialog = page.getByRole('dialog', { name: en['embed.dialog.title'] });
    // The dialog code is imported on the first click: wait for it rather than assume it is instant.
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    const code = await page.getByLabel(en['embed.dialog.code']).inputValue();
    expect(code).toContain(`src="${baseUrl}embed/?view=law&amp;state=tx"`);
    expect(code).toContain('data-cooperation-divide');
    expect(code).toContain(`<script async src="${baseUrl}embed.js"></script>`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['embed.dialog.copy'] }).click();
    await expect.poll(() => page.locator('.embed-status').textContent()).toBe(en['embed.dialog.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.screenshot({ path: `${SHOTS}/dialog-1280.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en['embed.button']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('state page (Spanish): the one-state embed, hidden without JavaScript', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoSettled(page, `${baseUrl}es/states/tx/`);
    await page.getByRole('button', { name: es['embed.button'] }).click();
    expect(await page.getByLabel(es['embed.dialog.code']).inputValue()).toContain(`src="${baseUrl}es/embed/states/tx/"`);
    await page.screenshot({ path: `${SHOTS}/dialog-es-390.png` });
    await page.getByRole('button', { name: es['embed.dialog.close'] }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(es['embed.button']);
    await context.close();
    const noJs = await openPage(browser(), { javaScriptEnabled: false });
    await noJs.page.goto(`${baseUrl}es/states/tx/`);
    expect(await noJs.page.locator('embed-button').isVisible()).toBe(false);
    await noJs.context.close();
  });
});

describe('screenshots', () => {
  it('the embed in a host page at 390 and 1280 px, light and dark', async () => {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openPage(browser(), { viewport: { width, height: 900 }, colorScheme });
        await gotoSettled(page, `${hostUrl}?src=${encodeURIComponent('embed/')}`);
        await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
        await page.screenshot({ path: `${SHOTS}/host-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      }
    }
  });
});

function hexRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
