/**
 * The promises of docs/EMBED.md that embed.test.ts leaves open: the `id` / `childId` options name the
 * height messages; the loader (`/embed.js`) takes heights only between 50 and 20,000 px, only from its
 * iframe's window *and* the origin of that iframe's src; loading it twice adds one listener. The host
 * page is served from another port (another origin) and logs every message and every height the
 * loader sets, so "ignored" is checked after a later message from the same window has arrived, not
 * after a fixed wait.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let host: http.Server;
let hostUrl = '';

const page = (src: string, loaders: number) => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<script>
window.__log = []; window.__heights = []; window.__listeners = 0;
window.addEventListener('message', function (e) { window.__log.push(e.data); });
var add = window.addEventListener;
window.addEventListener = function (type) { if (type === 'message') window.__listeners++; return add.apply(this, arguments); };
</script>
<iframe id="frame" src="${src}" data-cooperation-divide style="width:100%;border:0" height="150"></iframe>
<script>
new MutationObserver(function () { window.__heights.push(document.getElementById('frame').style.height); })
  .observe(document.getElementById('frame'), { attributes: true, attributeFilter: ['style'] });
</script>
${`<script src="${new URL('embed.js', baseUrl).href}"></script>`.repeat(loaders)}
</body></html>`;

beforeAll(async () => {
  host = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (u.pathname === '/other') res.end('<!doctype html><title>Other origin</title><p>another site');
    else res.end(page(new URL(u.searchParams.get('src') ?? 'embed/', baseUrl).href, Number(u.searchParams.get('loaders') ?? 1)));
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => host?.close(() => r())));

type HostWindow = { __log: unknown[]; __heights: string[]; __listeners: number; __cooperationDivideEmbed?: boolean };
const log = (p: Page) => p.evaluate(() => (window as unknown as HostWindow).__log);
const heights = (p: Page) => p.evaluate(() => (window as unknown as HostWindow).__heights);

async function openHost(src: string, loaders = 1) {
  const opened = await openPage(browser(), { viewport: { width: 1000, height: 900 } });
  await opened.page.goto(`${hostUrl}?src=${encodeURIComponent(src)}&loaders=${loaders}`, { waitUntil: 'load' });
  const frame = (await (await opened.page.locator('#frame').elementHandle())!.contentFrame())!;
  await frame.waitForLoadState('load');
  return { ...opened, frame };
}

/** Posts messages from inside the frame to the host, then a marker; resolves once the host has seen the marker. */
async function postFrom(p: Page, frame: Frame, messages: unknown[]) {
  const marker = `done-${Math.random()}`;
  await frame.evaluate(([list, m]) => {
    for (const x of list as unknown[]) parent.postMessage(x, '*');
    parent.postMessage(m, '*');
  }, [messages, marker] as const);
  await expect.poll(async () => (await log(p)).includes(marker)).toBe(true);
}

describe('embed ids (Pym.js childId, ?id=)', () => {
  it('?id= names both height messages; ?childId= wins over it; unsafe characters are dropped', async () => {
    for (const [query, id] of [['id=my-map', 'my-map'], ['childId=pym-7&id=other', 'pym-7'], ['id=a%3Cb%3E%22c', 'abc']] as const) {
      const { page: p, context } = await openHost(`embed/${query ? `?${query}` : ''}`);
      await expect.poll(async () => (await log(p)).filter((d) => typeof d === 'string' && d.startsWith('pymxPYMx')).length).toBeGreaterThan(0);
      const all = await log(p);
      const pym = all.filter((d): d is string => typeof d === 'string' && d.startsWith('pymxPYMx'));
      const dw = all.filter((d): d is Record<string, Record<string, number>> => typeof d === 'object' && d !== null && 'datawrapper-height' in d);
      expect(new Set(pym.map((d) => d.split('xPYMx')[1])), query).toEqual(new Set([id]));
      expect(new Set(dw.flatMap((d) => Object.keys(d['datawrapper-height']!))), query).toEqual(new Set([id]));
      await context.close();
    }
  });
});

describe('the loader (/embed.js)', () => {
  it('sets heights from 50 to 20,000 px from its own iframe, and ignores anything outside that range or malformed', async () => {
    // A page of the site with no script of its own: only the messages this test posts reach the loader.
    const { page: p, context, frame } = await openHost('methodology/');
    await postFrom(p, frame, [
      { 'datawrapper-height': { x: 49 } }, { 'datawrapper-height': { x: 50 } }, 'pymxPYMxxxPYMxheightxPYMx20001', 'pymxPYMxxxPYMxheightxPYMx20000',
      'pymxPYMxxxPYMxheightxPYMxabc', 'pymxPYMxxxPYMxwidthxPYMx300', { 'datawrapper-height': { x: 321.2 } }, 'height 400', { height: 500 },
    ]);
    expect(await heights(p)).toEqual(['50px', '20000px', '322px']);
    await context.close();
  });

  it('ignores a well-formed height from the right window once it shows another origin than its src', async () => {
    const { page: p, context, frame } = await openHost('methodology/');
    await postFrom(p, frame, [{ 'datawrapper-height': { x: 300 } }]);
    expect(await heights(p)).toEqual(['300px']); // control: same message, src's origin
    await frame.goto(`${hostUrl}other`);
    await postFrom(p, frame, [{ 'datawrapper-height': { x: 400 } }, 'pymxPYMxxxPYMxheightxPYMx450']);
    expect(await heights(p)).toEqual(['300px']);
    await context.close();
  });

  it('loaded twice, it listens once', async () => {
    const { page: p, context, frame } = await openHost('methodology/', 2);
    expect(await p.evaluate(() => [(window as unknown as HostWindow).__listeners, (window as unknown as HostWindow).__cooperationDivideEmbed])).toEqual([1, true]);
    await postFrom(p, frame, [{ 'datawrapper-height': { x: 260 } }]);
    expect(await heights(p)).toEqual(['260px']);
    await context.close();
  });
});
