/**
 * The national map page against the production build: works without JavaScript, selection with
 * URL/history, keyboard and touch, view switching, failure of the detail fetch, accessibility
 * (axe, light and dark), no foreign hosts, and screenshots for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled, settled } from '../support/browser.ts';
import type { StateDetail, Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const tx = JSON.parse(fs.readFileSync('public/data/states/tx.json', 'utf8')) as StateDetail;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const browser = useBrowser();

const panelName = (page: Page) => page.locator('[data-role=panel] [data-role=name]');
const panelBody = (page: Page) => page.locator('[data-role=panel] [data-role=body]');

describe('national map without JavaScript (expected values read from public/data)', () => {
  it('has the 51 state shapes, the legend, the table and the headline numbers from the data', async () => {
    const { page, context, requests } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(baseUrl);
    expect(await page.locator('svg.map a.st > path').count()).toBe(51);
    await expect.poll(() => page.locator('.legend[data-for~=divide]').isVisible()).toBe(true);
    expect(await page.locator('.legend[data-for~=divide] li:not([hidden]) .lg-item').count()).toBe(5);
    expect(await page.locator('table.data-table tbody tr').count()).toBe(51);
    const txRow = summary.states.find((s) => s.usps === 'TX')!;
    expect((await page.locator('tr[data-usps=TX] td[data-col=agreements]').textContent())?.trim()).toBe(fmt(txRow.agreements));
    expect((await page.locator('#stat-agreements').textContent())?.trim()).toBe(fmt(summary.national.agreements));
    // The baseline is labelled for what it is wherever it appears.
    expect(summary.snapshots[0]?.source).toBe('wayback-derived');
    expect(await page.locator('[data-testid=summary-sentence]').textContent()).toContain('archived ICE web page, not an ICE spreadsheet');
    // Controls that need JS stay hidden rather than doing nothing.
    expect(await page.locator('[data-role=controls]').isVisible()).toBe(false);
    // Without JS a state is a plain link to its page.
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('href')).toMatch(/states\/tx\/$/);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });
});

describe('national map with JavaScript (expected values read from public/data)', () => {
  it('clicking Texas opens its panel and sets ?state=tx; reload restores it; Back clears it', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    await expect.poll(() => panelBody(page).isVisible()).toBe(false);
    // Hover shows the tooltip: name, plain-words stance, agreements by model, data date.
    await page.locator('a.st[data-usps=TX]').hover();
    await expect.poll(() => page.locator('[data-role=tip]').isVisible()).toBe(true);
    const tip = await page.locator('[data-role=tip]').innerText();
    expect(tip).toContain('Texas');
    expect(tip).toContain('requires local agencies');
    expect(tip).toMatch(/Jail \d+ · Warrant Service \d+ · Task Force \d+/);
    expect(tip).toContain(new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${summary.asOf}T00:00:00Z`)));
    await page.locator('a.st[data-usps=TX]').click();
    await expect.poll(() => panelName(page).textContent()).toBe('Texas');
    expect(new URL(page.url()).searchParams.get('state')).toBe('tx');
    // The details arrive by fetch: the first measure and a source link (safe rel).
    await expect.poll(() => page.locator('[data-role=details]').textContent()).toContain(tx.policy.measures[0]!.name);
    const src = page.locator('[data-role=details] .src a').first();
    expect(await src.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await src.getAttribute('href')).toMatch(/^https?:\/\//);
    await expect.poll(() => page.locator('[data-role=live]').textContent()).toContain('Texas');

    await settled(page, () => page.reload());
    await expect.poll(() => panelName(page).textContent()).toBe('Texas');
    expect(await panelBody(page).isVisible()).toBe(true);

    await settled(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.get('state')).toBeNull();
    await expect.poll(() => panelBody(page).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('keyboard only: Tab into the map, arrows to Texas, Enter selects, Escape closes and returns focus', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    let onState = false;
    for (let i = 0; i < 40 && !onState; i++) {
      await page.keyboard.press('Tab');
      onState = await page.evaluate(() => document.activeElement?.matches('a.st') ?? false);
    }
    expect(onState).toBe(true);
    // One tab stop for the whole map (roving tabindex), states in alphabetical order.
    expect(await page.locator('a.st[tabindex="0"]').count()).toBe(1);
    const order = [...summary.states].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((s) => s.usps);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.usps)).toBe(order[0]);
    for (let i = 0; i < order.indexOf('TX'); i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.usps)).toBe('TX');
    // A visible focus ring: the outline path copies the focused state's shape.
    expect(await page.locator('.hl-focus').getAttribute('d')).toBe(await page.locator('a.st[data-usps=TX] path').getAttribute('d'));
    await page.keyboard.press('Enter');
    await expect.poll(() => panelName(page).textContent()).toBe('Texas');
    expect(new URL(page.url()).searchParams.get('state')).toBe('tx');
    await page.keyboard.press('Escape');
    await expect.poll(() => panelBody(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.usps)).toBe('TX');
    // Space selects too; a letter jumps to the next state starting with it.
    await page.keyboard.press('Home');
    await page.keyboard.press('c');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.usps)).toBe('CA');
    await page.keyboard.press(' ');
    await expect.poll(() => panelName(page).textContent()).toBe('California');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('touch: tapping a state on a phone opens the bottom sheet, not the tooltip', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await gotoSettled(page, baseUrl);
    await page.locator('svg.map').scrollIntoViewIfNeeded();
    await page.locator('a.st[data-usps=TX]').tap();
    await expect.poll(() => panelName(page).textContent()).toBe('Texas');
    expect(await page.locator('[data-role=tip]').isVisible()).toBe(false);
    const sheet = await page.locator('[data-role=panel]').boundingBox();
    expect(sheet).not.toBeNull();
    expect(Math.round(sheet!.y + sheet!.height)).toBeLessThanOrEqual(844); // anchored to the bottom
    expect(sheet!.width).toBeGreaterThan(380);
    // Small states have their own buttons.
    await page.locator('a.small-btn[data-usps=DC]').tap();
    await expect.poll(() => panelName(page).textContent()).toBe('District of Columbia');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching view updates the URL and the legend; unknown values fall back silently', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    const legendTitle = () => page.locator('.legend:visible .legend-title').innerText();
    expect(await legendTitle()).toBe('State law on local 287(g) cooperation');
    await page.getByRole('radio', { name: 'Agreements' }).check();
    expect(new URL(page.url()).searchParams.get('view')).toBe('agreements');
    expect(await legendTitle()).toBe('Active 287(g) agreements');
    // The states carry the view's classes: Texas is in the top class.
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('data-a')).toBe('4');

    await page.getByRole('radio', { name: 'By model' }).check();
    await page.getByRole('combobox', { name: '287(g) model' }).selectOption('jem');
    expect(new URL(page.url()).searchParams.get('model')).toBe('jem');
    expect(await legendTitle()).toBe('Active agreements, Jail Enforcement Model');

    // Legend filter: pressing a class highlights its states.
    await page.getByRole('radio', { name: 'State law' }).check();
    const mandate = page.locator('.legend:visible .lg-item[data-val=mandate]');
    await mandate.click();
    expect(await mandate.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('a.st.hit').count()).toBe(summary.stanceCounts.mandate);

    // The table sorts (an enhancement): descending agreements puts the largest state first.
    const sortBtn = page.locator('table.data-table thead th').nth(2).getByRole('button');
    await sortBtn.click();
    await sortBtn.click();
    expect(await page.locator('th[aria-sort=descending]').count()).toBe(1);
    const top = [...summary.states].sort((a, b) => b.agreements - a.agreements)[0]!;
    expect(await page.locator('table.data-table tbody tr').first().getAttribute('data-usps')).toBe(top.usps);

    await gotoSettled(page, `${baseUrl}?view=nonsense&state=zz&model=x`);
    expect(await page.locator('divide-map').getAttribute('data-view')).toBe('divide');
    expect(await panelBody(page).isVisible()).toBe(false);
    await gotoSettled(page, `${baseUrl}?view=law&state=ny`);
    expect(await legendTitle()).toBe('State law (color) and active agreements (circles)');
    expect(await page.locator('.circles').isVisible()).toBe(true);
    expect(await panelName(page).textContent()).toBe('New York');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unsettled classification is said plainly in the panel', async () => {
    const st = summary.states.find((s) => s.possibleStance !== null)!;
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}?state=${st.usps.toLowerCase()}`);
    expect(await page.locator('[data-role=unsettled]').textContent()).toMatch(/^Classification unsettled: our sources also support “.+”\.$/);
    expect(await page.locator(`.unsettled-lines path`).count()).toBe(summary.unsettled.length);
    await context.close();
  });

  it('if the details cannot be fetched, the panel says so and keeps the numbers', async () => {
    const { page, context } = await openPage(browser());
    await page.route('**/data/states/tx.json', (r) => r.abort());
    await gotoSettled(page, baseUrl);
    await page.locator('a.st[data-usps=TX]').click();
    await expect.poll(() => page.locator('[data-role=details]').textContent()).toContain('could not be loaded');
    expect(await page.locator('[data-role=count]').textContent()).toBe(`${fmt(tx.summary.agreements)} active agreements`);
    await context.close();
  });
});

describe('accessibility', () => {
  it.each([
    ['light', '?state=tx'],
    ['dark', '?state=tx'],
    ['dark', '?view=law'],
  ] as const)('axe finds no violations (%s, %s)', async (colorScheme, query) => {
    // bypassCSP only so the test can inject axe: the page's own CSP forbids inline scripts.
    const { page, context, errors, requests } = await openPage(browser(), { colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}${query}`);
    if (query.includes('state=')) await expect.poll(() => page.locator('[data-role=details] .src a').count()).toBeGreaterThan(0);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });
});

describe('screenshots', () => {
  it.each([390, 1280, 1920])('at %ipx', async (width) => {
    fs.mkdirSync('test-artifacts', { recursive: true });
    const { page, context, errors } = await openPage(browser(), { viewport: { width, height: width < 700 ? 844 : 1000 } });
    await gotoSettled(page, baseUrl);
    await page.screenshot({ path: `test-artifacts/national-map-${width}.png`, fullPage: true });
    // Nothing wider than the viewport (no horizontal scrolling of the page itself).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The same view with Texas selected, the map in view (panel beside it, or a bottom sheet).
    await page.locator('.map-controls').evaluate((e) => e.scrollIntoView());
    await page.locator('a.st[data-usps=TX]').click();
    await expect.poll(() => page.locator('[data-role=details] .src a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `test-artifacts/national-map-${width}-texas.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
