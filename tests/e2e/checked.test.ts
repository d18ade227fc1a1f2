/**
 * "In the news, checked" against the production build, in both languages: one card per check in
 * checks.json with its verdict in words, the sheet table with each sheet's rows, states and
 * territories, links to the map at the sheet's month and to the states named, the CSV download
 * with the page's header row, six cards per printed page, links from home and methodology, and
 * axe with zero violations (light and dark).
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { Checks } from '@schema/claims.ts';
import { t } from '@i18n/index.ts';
import type { Lang } from '@i18n/locale.ts';

const baseUrl = inject('baseUrl');
const { checks } = JSON.parse(fs.readFileSync('public/data/checks.json', 'utf8')) as Checks;
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
const browser = useBrowser();
const fmt = (lang: Lang, n: number) => new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US').format(n);

describe.each([['en', ''], ['es', 'es/']] as const)('/%s checked page', (lang, prefix) => {
  it('shows one card per check with its verdict, sheet facts and links', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1440, height: 900 } });
    await gotoSettled(page, `${baseUrl}${prefix}checked/`);
    expect(await page.locator('h1').textContent()).toBe(t(lang, 'checked.title'));
    const cards = page.locator('article.card');
    expect(await cards.count()).toBe(checks.length);
    for (const c of checks) {
      const card = page.locator(`article#${c.id}`);
      expect(await card.locator('.verdict').textContent(), c.id).toBe(t(lang, `checked.verdict.${c.verdict}`));
      expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(lang === 'es' ? c.claimEs : c.claim);
      // The map at the sheet's month, and every state the claim names.
      expect(await card.locator(`a[href$="?date=${c.month}"]`).count(), c.id).toBe(1);
      for (const u of c.states) expect(await card.locator(`a[href$="states/${u.toLowerCase()}/"]`).count(), `${c.id} ${u}`).toBe(1);
    }
    // The three February 2026 claims: each sheet's rows, states and territories in the table.
    for (const id of ['feb6-total', 'feb13-total', 'top-states-feb']) {
      const c = checks.find((x) => x.id === id)!;
      const rows = page.locator(`article#${id} tbody.facts tr`);
      const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).slice(1);
      expect(await cells(0)).toEqual(c.sheets.map((s) => fmt(lang, s.rows)));
      expect(await cells(1)).toEqual(c.sheets.map((s) => fmt(lang, s.states)));
      const terr = await cells(2);
      c.sheets.forEach((s, i) => {
        expect(s.territories.length).toBeGreaterThan(0);
        for (const x of s.territories) expect(terr[i]).toContain(`(${x.rows})`);
      });
    }
    expect(await page.locator('article#feb6-total thead th').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(lang === 'es' ? /mañana/ : /morning/), expect.stringMatching(lang === 'es' ? /tarde/ : /afternoon/)]));
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const { page, context } = await openPage(browser(), { colorScheme, bypassCSP: true });
    await gotoSettled(page, `${baseUrl}${prefix}checked/`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers the checks as CSV with the header in the page language', async () => {
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}${prefix}checked/`);
    const href = await page.getByRole('link', { name: t(lang, 'checked.csv') }).getAttribute('href');
    const res = await page.request.get(new URL(href!, page.url()).href);
    expect(res.ok()).toBe(true);
    const rows = csvParse(await res.text());
    expect(rows.columns[0]).toBe(lang === 'es' ? 'id_afirmacion' : 'claim_id');
    expect(new Set(rows.map((r) => r[rows.columns[0]!]))).toEqual(new Set(checks.map((c) => c.id)));
    const feb13 = rows.find((r) => r[rows.columns[0]!] === 'feb13-total' && r[lang === 'es' ? 'cifra' : 'figure'] === 'agreements')!;
    expect(feb13[lang === 'es' ? 'valor_ice' : 'ice_value']).toBe(String(checks.find((c) => c.id === 'feb13-total')!.sheets[0]!.rows));
    await context.close();
  });

  it('prints six cards per page on A4 and Letter', async () => {
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}${prefix}checked/`);
    for (const format of ['A4', 'Letter'] as const) expect(pageCount(await page.pdf({ format })), format).toBe(Math.ceil(checks.length / 6));
    await context.close();
  });

  it('is linked from the home page and the methodology page', async () => {
    const { page, context } = await openPage(browser());
    for (const from of ['', 'methodology/']) {
      await page.goto(`${baseUrl}${prefix}${from}`, { waitUntil: 'domcontentloaded' });
      expect(await page.getByRole('link', { name: t(lang, 'checked.link') }).getAttribute('href'), from).toMatch(new RegExp(`/${prefix}checked/$`));
    }
    await context.close();
  });
});
