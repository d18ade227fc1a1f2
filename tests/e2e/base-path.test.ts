/**
 * Deploy anywhere: the site built with BASE=/graphics/ice-map/ and served only under that path.
 * Every link, script, stylesheet, image and share URL on the main pages resolves (200) under the base,
 * the pages' own data fetches succeed, and canonical / og:image URLs carry the base.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { buildSite, pageRefs } from '../support/build-site.ts';
import { en } from '../../src/i18n/en.ts';

const BASE = '/graphics/ice-map/';
let out: string;
let server: { url: string; close: () => Promise<void> };
const browser = useBrowser();

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-base-'));
  await buildSite(out, { BASE });
  server = await startStaticServer(out, BASE);
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe(`built and served under ${BASE}`, () => {
  const checked = new Map<string, number>();
  const status = async (url: string) => {
    // HEAD without compression: downloads (xlsx, csv, topojson) need not be sent or gzipped.
    if (!checked.has(url)) checked.set(url, (await fetch(url, { method: 'HEAD', redirect: 'manual', headers: { 'accept-encoding': 'identity' } })).status);
    return checked.get(url)!;
  };

  for (const page of ['', 'states/tx/', 'es/states/tx/', 'methodology/', 'explore/']) {
    it(`${BASE}${page}: every link and asset answers 200 under the base, data fetches succeed`, async () => {
      const { page: p, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
      const failed: string[] = [];
      p.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await gotoSettled(p, `${server.url}${page}`);
      if (page === '') {
        // Fetch a state's details the way a reader does.
        await Promise.all([p.waitForResponse((r) => r.url().endsWith(`${BASE}data/states/tx.json`)), p.locator('a.st[data-usps=TX]').click()]);
      }
      const refs = await p.evaluate(pageRefs);
      const own = refs
        .filter((r) => r && !r.startsWith('#') && !/^(mailto|data):/.test(r))
        .map((r) => new URL(r, p.url()))
        .filter((u) => u.protocol.startsWith('http'))
        // Canonical/og URLs use SITE_URL's host; check them by path on this server.
        .filter((u) => u.host === new URL(server.url).host || u.host === '127.0.0.1:4321');
      expect(own.length).toBeGreaterThan(5);
      const bad: string[] = [];
      for (const u of own) {
        if (!u.pathname.startsWith(BASE)) bad.push(`outside base: ${u.href}`);
        else if ((await status(`${server.url}${u.pathname.slice(BASE.length)}${u.search}`)) !== 200) bad.push(`${checked.get(`${server.url}${u.pathname.slice(BASE.length)}${u.search}`)} ${u.href}`);
      }
      expect(bad).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests.filter((r) => new URL(r).host === new URL(server.url).host && !new URL(r).pathname.startsWith(BASE))).toEqual([]);
      expect(foreignRequests(requests, server.url)).toEqual([]);

      const canonical = await p.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(`${BASE}${page}`);
      const og = (await p.locator('meta[property="og:image"]').count()) ? await p.locator('meta[property="og:image"]').getAttribute('content') : null;
      if (og) {
        // Spanish pages use the Spanish cards (es/og/).
        expect(new URL(og).pathname.startsWith(`${BASE}${page.startsWith('es/') ? 'es/' : ''}og/`)).toBe(true);
        expect(await status(`${server.url}${new URL(og).pathname.slice(BASE.length)}`)).toBe(200);
      }
      await context.close();
    });
  }

  it('the offline worker registers from the base with the base as its scope, and caches only under it', async () => {
    const { page: p, context } = await openPage(browser(), { serviceWorkers: 'allow' });
    await p.goto(server.url, { waitUntil: 'load' });
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const reg = await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ scope: r!.scope, script: r!.active!.scriptURL })));
    expect(reg).toEqual({ scope: server.url, script: `${server.url}sw.js` });
    const cached = await p.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.filter((u) => !u.startsWith(server.url))).toEqual([]);
    await context.close();
  });

  it('the embed code names the base, and embed.js and the embed answer under it', async () => {
    const { page: p, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(p, `${server.url}?view=law`);
    await p.getByRole('button', { name: en['embed.button'] }).click();
    const code = p.getByLabel(en['embed.dialog.code']);
    await expect.poll(() => code.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = await code.inputValue();
    expect(text).toContain(`src="${server.url}embed/?view=law"`);
    expect(text).toContain(`<script async src="${server.url}embed.js"></script>`);
    expect(await status(`${server.url}embed.js`)).toBe(200);
    // The embed under the base posts its height, as the loader expects.
    await p.goto(`${server.url}methodology/`);
    const posted = await p.evaluate((src) => new Promise<unknown>((done) => {
      addEventListener('message', (e) => done(e.data), { once: true });
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }), `${server.url}embed/`);
    expect(posted).toMatchObject({ 'datawrapper-height': { 'cooperation-divide': expect.any(Number) } });
    await context.close();
  });

  it('the state page has a share image under the base, and _headers rules carry the base', async () => {
    const html = fs.readFileSync(path.join(out, 'states/tx/index.html'), 'utf8');
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(og).pathname).toBe(`${BASE}og/tx.png`);
    expect(fs.existsSync(path.join(out, 'og/tx.png'))).toBe(true);
    const headers = fs.readFileSync(path.join(out, '_headers'), 'utf8');
    for (const l of headers.split('\n').filter((x) => x.startsWith('/'))) expect(l.startsWith(BASE), l).toBe(true);
  });
});
