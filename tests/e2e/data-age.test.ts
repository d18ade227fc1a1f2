/**
 * The "ICE data as of <date>" line (components/freshness): with the browser clock 10 and 200 days after
 * the newest ICE sheet, in English and Spanish, on a full page and in an embed. The expected date is the
 * newest participating file's name in data-pipeline/sources/ice-287g (not the pipeline's output). No
 * layout shift while the words change (CLS 0), axe clean, and screenshots at 390x844 for a human look.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SHOTS = '/tmp/shots-data-age';
fs.mkdirSync(SHOTS, { recursive: true });

// A dated file that is not a participating list (the wayback baseline, the quirk file) does not count.
const newest = fs.readdirSync('data-pipeline/sources/ice-287g')
  .map((f) => /^participating-(\d{4}-\d{2}-\d{2})(?:-pm)?\.xlsx$/.exec(f)?.[1])
  .filter((d): d is string => !!d).sort().at(-1)!;
const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000);
const WORDS = {
  en: { date: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${newest}T00:00:00Z`)), prefix: '', stale: (d: number) => `${d} days ago. ICE may have published newer data.` },
  es: { date: new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${newest}T00:00:00Z`)), prefix: 'es/', stale: (d: number) => `hace ${d} días. ICE puede tener datos más nuevos.` },
};

/** Sum of layout-shift entries from the first paint on (observer installed before any page script). */
async function openAt(path: string, days: number, viewport = { width: 390, height: 844 }): Promise<Page> {
  const { page } = await openPage(browser(), { viewport, bypassCSP: true });
  await page.clock.setFixedTime(plusDays(newest, days));
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> };
    const w = window as unknown as { __shifts: Array<{ value: number; at: number; sources: string[] }>; __parsedAt: number };
    w.__shifts = [];
    w.__parsedAt = Infinity;
    // document.timeline shares the layout-shift entries' time origin; the page's clock is faked.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') w.__parsedAt = Number(document.timeline.currentTime);
    });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (!e.hadRecentInput) w.__shifts.push({ value: e.value, at: e.startTime, sources: e.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.classList[0] ?? ''}` : '?')) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return page;
}

const visibleText = (page: Page, scope = '') =>
  page.locator(`${scope} [data-age] > span`).evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility === 'visible').map((e) => e.textContent));
/**
 * Cumulative layout shift from the moment the HTML is parsed (domInteractive), when the age line's
 * module script writes its words, less the home map column's own shift when the map script sizes it (it
 * happens the same with or without this line: reported separately). Before that, a slow or loaded machine
 * can paint a half-parsed legend that then reflows: that is the first screen's business, tested in
 * first-screen.test.ts, not this line's. The line's height is checked on its own below.
 */
const cls = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __shifts: Array<{ value: number; at: number; sources: string[] }>; __parsedAt: number };
  return w.__shifts
    .filter((s) => s.at >= w.__parsedAt && !(s.sources.length === 1 && s.sources[0] === 'div.map-col'))
    .reduce((sum, s) => sum + s.value, 0);
});

describe('data age line', () => {
  for (const lang of ['en', 'es'] as const) {
    const w = WORDS[lang];
    it(`${lang}: 10 days after the newest sheet the line gives the date only (home, state page, embed)`, async () => {
      for (const path of [w.prefix, `${w.prefix}states/tx/`, `${w.prefix}embed/`]) {
        const page = await openAt(path, 10);
        const text = await visibleText(page);
        expect(text, path).toEqual([lang === 'en' ? `ICE data as of ${w.date}.` : `Datos de ICE al ${w.date}.`]);
        expect(await cls(page), path).toBe(0);
        await page.context().close();
      }
    });

    it(`${lang}: 200 days after, the line says how old the data is and that ICE may have published newer data; CLS 0`, async () => {
      for (const [path, shot] of [[w.prefix, 'home'], [`${w.prefix}states/tx/`, 'state'], [`${w.prefix}embed/`, 'embed'], [`${w.prefix}methodology/`, 'methodology']] as const) {
        const page = await openAt(path, 200);
        const text = await visibleText(page);
        expect(text, path).toEqual([lang === 'en' ? `ICE data as of ${w.date}, ${w.stale(200)}` : `Datos de ICE al ${w.date}, ${w.stale(200)}`]);
        expect(await cls(page), path).toBe(0);
        // The text a screen reader gets is the stale sentence alone.
        expect(await page.locator('[data-age]').first().evaluate((p) => [...p.children].filter((c) => c.getAttribute('aria-hidden') !== 'true').map((c) => c.textContent))).toEqual(text);
        await page.screenshot({ path: `${SHOTS}/${lang}-${shot}-200d-390.png` });
        await page.context().close();
      }
    });
  }

  it('the line keeps its height when the words change (a full page at 390 px and 1440 px)', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
      const heights: number[] = [];
      for (const days of [10, 200]) {
        const page = await openAt('', days, viewport);
        heights.push(await page.locator('[data-age]').first().evaluate((e) => e.getBoundingClientRect().height));
        if (days === 200) await page.screenshot({ path: `${SHOTS}/en-home-200d-${viewport.width}.png` });
        await page.context().close();
      }
      expect(heights[0]).toBeGreaterThan(0);
      expect(heights[1]).toBe(heights[0]);
    }
  });

  it('the stale page has no axe violations', async () => {
    const page = await openAt('states/tx/', 200);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('change feeds in the built site', () => {
  it('pages link their language’s Atom feed in <head>, and the linked feed is served and parses as XML', async () => {
    for (const [path, feed] of [['', '/changes/feed.xml'], ['es/states/tx/', '/es/changes/feed.xml'], ['embed/', '/changes/feed.xml']] as const) {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      const href = /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/.exec(html)?.[1];
      expect(href, path).toBe(feed);
      const { page } = await openPage(browser());
      const res = await page.goto(new URL(href!, baseUrl).href);
      expect(res?.status()).toBe(200);
      // Chromium's XML parser is strict: a parse error yields a <parsererror> document.
      const text = await res!.text();
      expect(await page.evaluate((x) => new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('parsererror').length, text)).toBe(0);
      await page.context().close();
    }
  });
});
