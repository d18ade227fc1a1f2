/**
 * A hostile dataset builds and renders inertly. The pipeline runs on a fixture whose agency names
 * and policy text carry markup, event handlers, javascript: strings, RTL overrides and a 500-character
 * name; the SITE is built from those outputs (CD_DATA_DIR) into a temp folder, served, and opened in
 * Chromium. The runtime copy of tx.json is also tampered with a javascript: source URL after the
 * pipeline (which rejects one: see hostile-policy-urls.test.ts), to test the browser-side filter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runPipeline, DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';
import { HEADER_V4, makeSources, row, utc } from '../support/fixtures.ts';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { buildSite } from '../support/build-site.ts';

const P = {
  script: '<script src="https://evil.example/x.js"></script> Police Department',
  img: '"><img src=x onerror=alert(1) data-evil=1> Sheriff\'s Office',
  attr: '" onload="alert(2)" data-evil="1 Constable Office',
  js: 'javascript:alert(document.domain)// Police',
  rtl: 'Harmless \u202Egnp.exe\u202C Police',
  // Just under the pipeline's 300-character cell limit (data-pipeline/limits.ts).
  long: `Department${'Ofextremelylongnames'.repeat(24)}Police`.slice(0, 290),
};
const POLICY_NOTE = '<script>alert("policy")</script><a href="javascript:alert(3)">click</a> RTL \u202Etxet\u202C';
const EVIL_URL = 'javascript:alert(4)';

let tmp: string;
let server: { url: string; close: () => Promise<void> };
const browser = useBrowser();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-hostile-'));
  const policy = parse(fs.readFileSync(path.join(DEFAULT_SOURCES, POLICY.table), 'utf8'));
  const tx = policy.states.find((s: { state: string }) => s.state === 'TX');
  tx.reader_note = POLICY_NOTE;
  tx.measures[0].name = '<img src=x onerror=alert(5)> SB 8';
  tx.measures[0].summary = `"onload="alert(6)" ${'x'.repeat(300)}`;
  tx.measures[0].sources.unshift({ url: 'https://example.org/?q="><script>alert(7)</script>', publisher: '<b onmouseover=alert(9)>Publisher</b>', tier: 'news' });
  // The Spanish file names each measure by its English name: follow the renamed one.
  const es = parse(fs.readFileSync(path.join(DEFAULT_SOURCES, POLICY.spanish), 'utf8'));
  es.states.TX.measures[0].en = tx.measures[0].name;
  es.states.TX.reader_note = POLICY_NOTE;
  const county = (name: string, agency: string, model = 'Task Force Model') => row('TEXAS', agency, 'Municipality', name, model, utc(2025, 6, 1));
  const sources = await makeSources(
    {
      'participating-2026-01-01.xlsx': [
        HEADER_V4,
        row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24)),
        county('Harris County', P.script),
        county('Travis County', P.img),
        county('Dallas County', P.attr),
        county('Bexar County', P.js),
        county('El Paso County', P.rtl),
        county('Tarrant County', P.long),
        row('FLORIDA', "Flagler County Sheriff's Office", 'County', 'Flagler County', 'Task Force Model', utc(2025, 3, 3)),
      ],
    },
    { policy: stringify(policy) },
  );
  fs.writeFileSync(path.join(sources, POLICY.spanish), stringify(es));
  const data = path.join(tmp, 'data');
  await runPipeline({ sources, out: data, quiet: true });
  const dist = path.join(tmp, 'dist');
  await buildSite(dist, { CD_DATA_DIR: data });
  // The browser fetches from dist/data: serve the fixture outputs there, not the real ones.
  fs.rmSync(path.join(dist, 'data'), { recursive: true, force: true });
  fs.cpSync(data, path.join(dist, 'data'), { recursive: true });
  const txFile = path.join(dist, 'data/states/tx.json');
  const txJson = JSON.parse(fs.readFileSync(txFile, 'utf8'));
  txJson.policy.measures[0].sources.unshift(
    { url: EVIL_URL, publisher: 'evil', tier: 'news' },
    { url: 'data:text/html,<script>alert(8)</script>', publisher: 'evil data', tier: 'news' },
  );
  fs.writeFileSync(txFile, JSON.stringify(txJson));
  server = await startStaticServer(dist);
}, 240_000);
afterAll(async () => {
  await server?.close();
  if (tmp && !process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
});

async function open(url: string, width = 390) {
  const o = await openPage(browser(), { viewport: { width, height: 844 } });
  const dialogs: string[] = [];
  o.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await gotoSettled(o.page, url);
  return { ...o, dialogs };
}

/** Anything the payloads could have created if they had been parsed as markup. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    scripts: document.querySelectorAll('script[src*=evil], img[data-evil], [data-evil]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll('[href], [src], [action]')].filter((e) => /^\s*(javascript|data|vbscript):/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '')).length,
  }));

describe('a hostile dataset renders inertly', () => {
  it('state page: payloads are visible as text, nothing executes or is created, no sideways scroll at 390 px', async () => {
    const { page, context, dialogs, errors, requests } = await open(`${server.url}states/tx/`);
    // The agencies table skips layout until it nears the viewport (content-visibility: auto), and
    // innerText leaves out skipped content: scroll to it as a reader would.
    await page.locator('agency-table .table-wrap').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('main').innerText()).toContain(P.script.trim());
    const text = await page.locator('main').innerText();
    for (const p of [P.script, P.img, P.attr, P.js]) expect(text.includes(p.trim()), p).toBe(true);
    // The pipeline strips bidi overrides from agency names (normalize-agreements), so the name cannot
    // display reversed; the editorial policy note keeps its text as written.
    expect(text).toContain('Harmless gnp.exe Police');
    expect(await page.locator('table.agencies').innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain(P.long.slice(0, 60));
    expect(text).toContain('<script>alert("policy")</script>');
    expect(await injected(page)).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
    // The https source URL with markup in its query is a link, escaped.
    expect(await page.locator('a[href^="https://example.org/?q="]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Sorting and filtering the agencies table (client script) keeps it inert too.
    const filter = page.getByRole('searchbox').first();
    expect(await filter.count()).toBe(1);
    await filter.fill('onerror');
    expect(await page.locator('table.agencies tbody tr:visible').count()).toBe(1);
    expect(await injected(page)).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    await page.screenshot({ path: '/tmp/shots-hardening/hostile-state-390.png', fullPage: true });
    await context.close();
  });

  it('national panel: tampered javascript:/data: source URLs never become links; notes stay text', async () => {
    const { page, context, dialogs, errors } = await open(server.url, 390);
    await page.locator('a.st[data-usps=TX]').click();
    await expect.poll(() => page.locator('[data-role=details]').innerText()).toContain('<script>alert("policy")</script>');
    const hrefs = await page.locator('[data-role=details] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    expect(await injected(page)).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('home page table and state page at 1280 px stay inert and within the page', async () => {
    for (const p of ['', 'states/tx/', 'es/states/tx/']) {
      const { page, context, dialogs, errors } = await open(`${server.url}${p}`, 1280);
      expect(await injected(page)).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
      await page.screenshot({ path: `/tmp/shots-hardening/hostile-1280-${p.replace(/\W+/g, '-') || 'home'}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), p).toBeLessThanOrEqual(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
