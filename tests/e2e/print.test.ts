/**
 * Print handouts: page.pdf() of the map and of state pages is exactly one A4 and one Letter page
 * (the states with the most measures/sources/notes text are the hardest), carries the QR code (an
 * SVG drawn at build time for the absolute permalink) and the sources (the PDF's link annotations
 * hold every policy source URL and the permalink); print hides the interactive controls and uses
 * the light colours even when the screen is dark.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { StateDetail, Summary } from '@schema/records.ts';
import { STANCE_COLORS } from '../../src/styles/tokens.ts';
import { fmtDate } from '@lib/intl-format.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const detail = (c: string) => JSON.parse(fs.readFileSync(`public/data/states/${c}.json`, 'utf8')) as StateDetail;
const textLength = (d: StateDetail) =>
  d.policy.measures.reduce((n, m) => n + m.name.length + 60 + m.sources.reduce((k, x) => k + x.publisher.length + 12, 0), 0) + d.policy.readerNote.length + d.policy.segments.length * 60;
const sourceUrls = (d: StateDetail) => d.policy.measures.flatMap((m) => m.sources.map((x) => x.url));
// The three states with the longest printed text, plus Texas (most agreements) and California.
const longest = summary.states.map((s) => s.usps.toLowerCase()).sort((a, b) => textLength(detail(b)) - textLength(detail(a))).slice(0, 3);
const statePaths = [...new Set(['tx', 'ca', ...longest])].flatMap((c) => [`states/${c}/`, `es/states/${c}/`]);
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
const uris = (pdf: Buffer) => new Set([...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));
const browser = useBrowser();

describe('print handouts (expected values read from public/data)', () => {
  it.each(['', 'es/', ...statePaths])('"/%s" prints on one A4 and one Letter page with the QR permalink and every source link', async (path) => {
    const { page, context, errors } = await openPage(browser(), { colorScheme: 'dark' });
    await gotoSettled(page, `${baseUrl}${path}`);
    const permalink = await page.locator('link[rel=canonical]').getAttribute('href');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pageCount(pdf), `${path} ${format}`).toBe(1);
      const links = uris(pdf);
      expect(links.has(permalink!), `${path} permalink link`).toBe(true);
      const code = /states\/([a-z]{2})\//.exec(path)?.[1];
      if (code) for (const u of sourceUrls(detail(code))) expect(links.has(u), `${path} ${u}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in print the QR code, data date and sources line show; controls, table and panel hide; colours are the light theme', async () => {
    const { page, context } = await openPage(browser(), { colorScheme: 'dark' });
    await gotoSettled(page, `${baseUrl}states/tx/`);
    const sheet = page.locator('[data-testid=print-sheet]');
    expect(await sheet.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.isVisible()).toBe(true);
    const qr = sheet.locator('svg.qr');
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.getAttribute('aria-label')).toContain(`${baseUrl}states/tx/`.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''));
    expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(500);
    const text = await sheet.innerText();
    expect(text).toContain('Sources: ICE 287(g) participating-agency spreadsheets');
    expect(text).toContain(fmtDate('en', summary.asOf));
    expect(await page.locator('table.agencies').isVisible()).toBe(false);
    expect(await page.locator('share-button').isVisible()).toBe(false);
    expect(await page.locator('.lang-nav').isVisible()).toBe(false);
    await gotoSettled(page, `${baseUrl}`);
    expect(await page.locator('[data-role=controls]').isVisible()).toBe(false);
    expect(await page.locator('sortable-table').isVisible()).toBe(false);
    expect(await page.locator('.legend[data-for~=divide]').isVisible()).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--stance-limit').trim());
    expect(bg).toBe(STANCE_COLORS.light.limit);
    // The middle stances carry their own print patterns (grey-scale safe).
    expect(await page.locator('a.st[data-d=limit]').first().evaluate((a) => getComputedStyle(a).fill)).toMatch(/url\(.*#pp-limit/);
    await page.screenshot({ path: 'test-artifacts/print-home.png', fullPage: true });
    await context.close();
  });
});
