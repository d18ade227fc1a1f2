/**
 * The build served with its own dist/_headers as real HTTP headers (as Netlify or Cloudflare Pages
 * would), in Chromium without bypassCSP: the other browser tests either bypass the CSP (to inject axe)
 * or cannot see a header-only rule such as frame-ancestors. Every violation the browser reports is
 * recorded (securitypolicyviolation events and console messages), with a planted inline script as the
 * positive control, and a page from another origin frames an embed (allowed) and a state page (refused).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const BASE = process.env.BASE ?? '/';
const browser = useBrowser();
let site: { url: string; close: () => Promise<void> };
let host: http.Server;
let hostUrl = '';

beforeAll(async () => {
  site = await startStaticServer('dist', BASE, { headersFile: true });
  // Another port is another origin: a news site framing the map.
  host = http.createServer((req, res) => {
    const srcs = new URL(req.url ?? '/', 'http://x').searchParams.getAll('src');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Host</title>${srcs.map((s, i) => `<iframe id="f${i}" src="${new URL(s, site.url).href}" width="600" height="400"></iframe>`).join('')}`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await site?.close();
  await new Promise<void>((r) => host?.close(() => r()));
});

/** A page that records every CSP violation in any frame, from the first byte. */
async function watchedPage() {
  const opened = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
  await opened.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${location.pathname}`), true);
  });
  const consoleCsp: string[] = [];
  opened.page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return { ...opened, consoleCsp };
}
const violations = (page: Page | Frame) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('served with dist/_headers, CSP enforced (no bypassCSP)', () => {
  it('sends each page its CSP with frame-ancestors as a header', async () => {
    const csp = async (p: string) => (await fetch(`${site.url}${p}`)).headers.get('content-security-policy') ?? '';
    expect(await csp('')).toMatch(/script-src 'self'.*; frame-ancestors 'none'$/);
    expect(await csp('states/tx/')).toMatch(/; frame-ancestors 'none'$/);
    expect(await csp('embed/')).toMatch(/; frame-ancestors \*$/);
    expect(await csp('es/embed/states/tx/')).toMatch(/; frame-ancestors \*$/);
    expect((await fetch(`${site.url}`)).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('pages and their scripts run without a single CSP violation; a planted inline script is refused and reported', async () => {
    const { page, context, errors, consoleCsp } = await watchedPage();
    const seen: Record<string, string[]> = {};
    for (const p of ['', 'states/tx/', 'compare/?states=tx,ca', 'changes/', 'methodology/', 'embed/?view=law', 'es/', 'es/states/ca/', 'explore/?state=tx']) {
      await gotoSettled(page, `${site.url}${p}`);
      if (p === '') {
        // The client scripts at work: a view switch and a state's panel (fetches its data).
        await page.getByRole('radio', { name: 'Agreements' }).check();
        await Promise.all([page.waitForResponse((r) => r.url().endsWith('/data/states/tx.json')), page.locator('a.st[data-usps=TX]').click()]);
      }
      seen[p] = await violations(page);
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((p) => [p, []])));
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
    // Positive control: the same watch sees a violation when there is one, and the script does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__planted = true';
      document.head.append(s);
      return new Promise((r) => setTimeout(() => r((window as unknown as { __planted?: boolean }).__planted ?? false), 100));
    });
    expect(ran).toBe(false);
    // Reported once per policy that forbids it (the <meta> and the header).
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
    for (const v of await violations(page)) expect(v).toMatch(/^script-src-elem inline /);
    await context.close();
  });

  it('another origin may frame an embed but not a state page (frame-ancestors is a header, not the <meta>)', async () => {
    const { page, context, consoleCsp } = await watchedPage();
    await gotoSettled(page, `${hostUrl}?src=embed/&src=states/tx/`);
    const content = async (sel: string) => {
      const frame = await (await page.locator(sel).elementHandle())!.contentFrame();
      return frame!.evaluate(() => ({ url: location.href, map: document.querySelectorAll('svg.map a.st').length, h1: document.querySelector('h1')?.textContent ?? null })).catch(() => null);
    };
    // Allowed: the embed loads with its 51 states (the positive control for the refusal below).
    expect(await content('#f0')).toMatchObject({ url: `${site.url}embed/`, map: 51 });
    // Refused: the state page never renders inside the other origin's frame.
    const refused = await content('#f1');
    expect(refused?.url ?? '').not.toBe(`${site.url}states/tx/`);
    expect(refused?.map ?? 0).toBe(0);
    expect(refused?.h1 ?? '').not.toContain('Texas');
    expect(consoleCsp.join('\n')).toMatch(/frame-ancestors 'none'/);
    fs.mkdirSync('/tmp/shots-oracles', { recursive: true });
    await page.screenshot({ path: '/tmp/shots-oracles/framing-embed-allowed-state-refused.png' });
    await context.close();
  });
});
