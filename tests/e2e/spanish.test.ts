/**
 * The Spanish site against the production build: the language switch keeps the current view,
 * es-US numbers and dates, Spanish place names, Spanish downloads and share cards, the Spanish
 * not-found page, and axe with zero violations on the Spanish pages (light and dark).
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { Summary } from '@schema/records.ts';
import { t } from '@i18n/index.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const fmtEs = (n: number) => new Intl.NumberFormat('es-US').format(n);
const dateEs = (iso: string) =>
  new Intl.DateTimeFormat('es-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const browser = useBrowser();

describe('Spanish site (expected values read from public/data)', () => {
  it('the language switch on a map view keeps the state and the view, both ways', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}?state=tx&view=agreements`);
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/\?/);
    const url = new URL(page.url());
    expect(url.pathname).toBe(new URL(`${baseUrl}es/`).pathname);
    expect(url.searchParams.get('state')).toBe('tx');
    expect(url.searchParams.get('view')).toBe('agreements');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('[data-role=panel] [data-role=name]').textContent()).toBe('Texas');
    await expect.poll(() => page.locator('input[name=view][value=agreements]').isChecked()).toBe(true);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((u) => !u.pathname.includes('/es/'));
    expect(new URL(page.url()).searchParams.get('state')).toBe('tx');
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('a state page switches to the same state in Spanish, with the Spanish name, numbers and date', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}states/ny/`);
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/states\/ny\/$/);
    expect(await page.locator('h1').textContent()).toContain('Nueva York');
    const ny = summary.states.find((s) => s.usps === 'NY')!;
    expect(await page.locator('main').textContent()).toContain(t('es', 'home.asOf', { date: dateEs(summary.asOf) }));
    expect(await page.locator('main').textContent()).toContain(fmtEs(ny.agreements));
    await context.close();
  });

  it('the Spanish home shows es-US numbers and links Spanish pages; its downloads have Spanish headers', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}es/`);
    expect((await page.locator('#stat-agreements').textContent())?.trim()).toBe(fmtEs(summary.national.agreements));
    expect(await page.locator('tr[data-usps=NC] th').textContent()).toBe('Carolina del Norte');
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('href')).toMatch(/\/es\/states\/tx\/$/);
    await page.goto(`${baseUrl}es/states/tx/`);
    const csv = await page.locator('a[download][href$=".csv"]').getAttribute('href');
    expect(csv).toMatch(/\/data\/es\/states\/tx\.csv$/);
    const header = (await (await fetch(new URL(csv!, baseUrl))).text()).split('\n')[0];
    expect(header).toContain('nombre_agencia');
    expect(header).not.toContain('agency_name');
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/es\/og\/tx\.png$/);
    const en = fs.readFileSync('dist/og/tx.png');
    const es = fs.readFileSync('dist/es/og/tx.png');
    expect(es.equals(en)).toBe(false);
    await context.close();
  });

  it('an unknown Spanish URL gets the Spanish not-found page', async () => {
    const { page, context } = await openPage(browser());
    const res = await page.goto(`${baseUrl}es/no-existe/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe(t('es', 'notFound.title'));
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the Spanish pages (${scheme})`, async () => {
      const { page, context } = await openPage(browser(), { bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      for (const p of ['es/', 'es/?state=ca', 'es/states/tx/', 'es/methodology/', 'es/no-existe/']) {
        await gotoSettled(page, `${baseUrl}${p}`);
        expect(await axeViolations(page), p).toEqual([]);
      }
      await context.close();
    });
  }
});
