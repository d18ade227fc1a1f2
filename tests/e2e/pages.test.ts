/**
 * Methodology and the minimal state pages: numbers and definitions come from the data files, the
 * baseline caveat is there, downloads resolve, source links are safe, and axe finds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { StateDetail, Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const policy = parseYaml(fs.readFileSync('data-pipeline/sources/policy/state-policies-v2.yaml', 'utf8')) as {
  meta: { stance_definitions: Record<string, string> };
};
const browser = useBrowser();

async function axe(page: Page) {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
  const r = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run());
  return r.violations.map((v) => v.id);
}

describe('methodology (expected values read from public/data)', () => {
  it('quotes the stance definitions from the policy table and explains the baseline and gaps', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { bypassCSP: true });
    await gotoSettled(page, `${baseUrl}methodology/`);
    const text = await page.locator('main').innerText();
    for (const def of Object.values(policy.meta.stance_definitions)) expect(text).toContain(def.trim());
    expect(text).toContain('archived ICE web page, not an ICE spreadsheet');
    expect(text).toContain('Jail Enforcement Model: designated jail officers');
    expect(text).toContain(new Intl.NumberFormat('en-US').format(summary.countyMatch.unmatched));
    for (const x of summary.territories) expect(text).toContain(x.name);
    // Every snapshot is listed, the baseline labelled by its source.
    expect(await page.locator('table tbody tr').count()).toBe(summary.snapshots.length);
    for (const f of ['agreements.csv', 'agencies.csv', 'summary.json']) {
      const href = await page.locator(`a[href$="data/${f}"]`).getAttribute('href');
      const res = await page.request.get(new URL(href!, page.url()).href);
      expect(res.status(), f).toBe(200);
    }
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });
});

describe('state page (expected values read from public/data)', () => {
  it('shows the state, its stance and counts, and every source as an http(s) link with a safe rel and its tier', async () => {
    const tx = JSON.parse(fs.readFileSync('public/data/states/tx.json', 'utf8')) as StateDetail;
    const { page, context, errors } = await openPage(browser(), { bypassCSP: true, colorScheme: 'dark' });
    await gotoSettled(page, `${baseUrl}states/tx/`);
    expect(await page.locator('h1').innerText()).toContain('Texas');
    expect(await page.locator('main').innerText()).toContain(`${new Intl.NumberFormat('en-US').format(tx.summary.agreements)} active agreements`);
    const links = page.locator('.measures .sources .src');
    expect(await links.count()).toBe(tx.policy.measures.reduce((n, m) => n + m.sources.length, 0));
    const tiers = { primary: 'Official text', news: 'News', secondary: 'Other' } as const;
    const all = tx.policy.measures.flatMap((m) => m.sources);
    for (const [i, src] of (await links.all()).entries()) {
      const a = src.locator('a');
      expect(await a.getAttribute('href')).toBe(all[i]!.url);
      expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await src.locator('.tier').innerText()).toBe(tiers[all[i]!.tier]);
    }
    // Within each measure, official texts come first.
    for (const m of tx.policy.measures) {
      const order = m.sources.map((x) => ['primary', 'news', 'secondary'].indexOf(x.tier));
      expect(order).toEqual([...order].sort());
    }
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exists for all 50 states and DC', () => {
    for (const s of summary.states) expect(fs.existsSync(`dist/states/${s.usps.toLowerCase()}/index.html`), s.usps).toBe(true);
  });
});
