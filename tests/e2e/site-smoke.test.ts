/**
 * Page-independent checks on the production build: every built page loads without console errors
 * or requests to other hosts, and the pipeline's data is served unchanged under /data/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser, gotoSettled, settled } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

function builtPages(dir = 'dist', prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'data' || e.name === '_astro' ? [] : builtPages(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name === 'index.html' ? [prefix] : [];
  });
}
// The 51 state pages (and their full-name aliases) and the 51 one-state embeds share templates: sample
// a few in each language (many agreements, none, DC, an alias). The embeds were 102 of 127 page loads.
const sample = ['states/tx/', 'states/ca/', 'states/dc/', 'states/new-york/', 'embed/states/tx/', 'embed/states/ca/', 'embed/states/dc/', 'embed/states/ny/'];
const pages = builtPages().filter((p) => !/^(es\/)?(embed\/)?states\//.test(p) || sample.includes(p.replace(/^es\//, '')));


describe('built site', () => {
  it('has pages to check', () => expect(pages).toContain(''));

  // Concurrent: each check is functional, not timed, and each page waits for its network to settle, so
  // four pages at a time cut this file from ~170 s to about a third on CI's two cores.
  describe.concurrent('each page', () => {
    it.for(pages)('/%s loads with a title, no console errors and no other hosts', async (p, { expect }) => {
      const { page, requests, errors, context } = await openPage(browser());
      const res = await gotoSettled(page, `${baseUrl}${p}`);
      expect(res?.status()).toBe(200);
      // An alias page (/states/new-york/) refreshes at once to its state: read the title of where it
      // lands, not of a document mid-navigation (which reads as '' and failed CI once).
      const to = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(fs.readFileSync(path.join('dist', p, 'index.html'), 'utf8'))?.[1];
      if (to) await settled(page, () => page.waitForURL(new URL(to, baseUrl).href, { waitUntil: 'load' }));
      expect((await page.title()).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, baseUrl)).toEqual([]);
      await context.close();
    });
  });

  it('every page not loaded above has a title and asks nothing of another host in its HTML', () => {
    const rest = builtPages().filter((p) => !pages.includes(p));
    expect(rest.length).toBeGreaterThan(150);
    for (const p of rest) {
      const html = fs.readFileSync(path.join('dist', p, 'index.html'), 'utf8');
      expect(html, p).toMatch(/<title>[^<]+<\/title>/);
      // What the browser fetches by itself: src attributes and the <link> kinds it loads (not canonical or alternate).
      const fetched = [...html.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*?\bsrc="([^"]+)"|<link\b[^>]*?\brel="(?:stylesheet|preload|modulepreload|icon|manifest|prefetch|expect)"[^>]*?\bhref="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
      expect(fetched.length, p).toBeGreaterThan(0);
      expect(fetched.filter((u) => /^(https?:)?\/\//.test(u)), p).toEqual([]);
    }
  });

  it('serves the pipeline outputs under /data/ byte for byte', async () => {
    for (const f of ['summary.json', 'agreements.csv', 'timeline.json', 'states/tx.json']) {
      const res = await fetch(`${baseUrl}data/${f}`);
      expect(res.status, f).toBe(200);
      expect(await res.text(), f).toBe(fs.readFileSync(path.join('public/data', f), 'utf8'));
    }
  });
});
