/**
 * A page painted while it still loads does not move. On a slow network the HTML arrives in packets
 * and Chromium paints between them, so a reader can see half a list: an item with only its
 * separator, a legend button with its swatch but not its words, a row of view buttons half built.
 * When the rest arrived such an item wrapped to the next line or grew under the reader, a layout
 * shift (CI saw one: CLS 0.0037 on the phone home page). This file serves each page in small pieces
 * with pauses, the paints in between included, and expects not one layout shift.
 * The fixes: the home page's opening block stays hidden until it is whole (src/layouts/paint-after.ts), the build-time
 * `stat-sep` class, the "still being parsed" rules at the top of src/styles/national-map.css, and the
 * state page's rule for its row of links (StatePage.astro).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** A piece that ends just before the label of the home page's second key number ("1,548 | agencies"): on a phone the bare number fit the first line and the label then wrapped it (0.0052). */
const home = fs.readFileSync('dist/index.html');
const keylineSplit = home.indexOf('<span class="stat-label"', home.indexOf('<span class="stat-label"') + 1);

/**
 * [device, page, piece size, bytes sent in pieces, pause between pieces (ms, default 15)]: each page up to the end of its first screen (the
 * home page's legends end near byte 150,000 and its small-state buttons near 193,000; a state page's
 * links near 50,000). Piece sizes that showed a shift before the fixes.
 */
const cases = [
  ['phone', '', keylineSplit, 150_000, 250],
  ['phone', '', 1499, 150_000],
  ['phone', '', 1021, 150_000],
  ['phone', 'es/', 1021, 150_000],
  ['phone', 'es/states/tx/', 512, 60_000],
  ['phone', 'es/embed/', 1021, 200_000],
  ['desktop', '', 1499, 200_000],
  ['desktop', 'es/embed/', 1021, 200_000],
] as Array<[device: 'phone' | 'desktop', path: string, chunk: number, until: number, gapMs?: number]>;

describe('pages painted while they load', () => {
  it.each(cases)('%s /%s in %i-byte pieces: no layout shift', async (device, path, chunk, until, gapMs = 15) => {
    // A long pause lets the browser paint the piece for sure (the key-number case passed now and then without its fix at 15 ms).
    const server = await startStaticServer('dist', '/', { streamHtml: { chunk, gapMs, until } });
    const { page, context, errors } = await openPage(browser(), device === 'phone' ? PHONE : DESKTOP);
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      type Shift = PerformanceEntry & { value: number; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[]) {
          const moved = e.sources.map((s) => `${s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : s.node?.nodeName} y ${Math.round(s.previousRect.y)} -> ${Math.round(s.currentRect.y)}`);
          w.__shifts.push(`${e.value.toFixed(5)}: ${moved.join(' | ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await server.close();
  });
});
