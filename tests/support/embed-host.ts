/**
 * A news page on another origin that embeds the map the way the "Embed this map" dialog tells a
 * newsroom to: the iframe exactly as the snippet writes it, the loader (embed.js), and a log of every
 * message the page receives, so tests can read what the embed posted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

const hostPage = (src: string, width: string, loader: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:serif">
<p>A news article about 287(g).</p>
<div id="col" style="width:${width}">
<iframe id="frame" src="${src}" title="Map" data-cooperation-divide style="width:100%;border:0" height="150"></iframe>
</div>
<iframe id="other" srcdoc="<p>unrelated frame</p>" style="height:80px"></iframe>
<script>
window.__msgs = [];
window.addEventListener('message', function (e) { window.__msgs.push({ data: e.data, origin: e.origin }); });
</script>
<script src="${loader}"></script>
<p>More article text.</p>
</body></html>`;

/** Serves the host page at `url?src=EMBED_PATH&w=COLUMN_WIDTH` (EMBED_PATH relative to the site). */
export async function startEmbedHost(siteUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(new URL(u.searchParams.get('src') ?? 'embed/', siteUrl).href, u.searchParams.get('w') ?? '100%', new URL('embed.js', siteUrl).href));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type HostMsg = { data: unknown; origin: string };
/** Every message the host page has received so far. */
export const hostMessages = (page: Page) => page.evaluate(() => (window as unknown as { __msgs: HostMsg[] }).__msgs);
/** The heights the embed posted, in the Datawrapper and the Pym.js formats. */
export const postedHeights = async (page: Page) =>
  (await hostMessages(page)).flatMap((m) => {
    const d = m.data as Record<string, Record<string, number>> | string;
    if (typeof d === 'string') return d.startsWith('pymxPYMx') ? [{ kind: 'pym', h: Number(d.split('xPYMx')[3]) }] : [];
    return d && d['datawrapper-height'] ? [{ kind: 'dw', h: Object.values(d['datawrapper-height'])[0]! }] : [];
  });
/** The iframe's height in the host page. */
export const frameHeight = (page: Page) => page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().height);
