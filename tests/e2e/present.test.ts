/**
 * Presentation mode (?present) on the production build: the tour steps come from summary.json
 * (mandate states, prohibit states, the largest counts), arrow keys / PageUp / Space move the step
 * counter and the highlighted states, the live region says the caption, Escape exits and removes
 * ?present; the "Present" link starts it without a reload; axe finds nothing (light and dark).
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { Summary } from '@schema/records.ts';
import { tourSteps } from '@lib/tour.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const steps = tourSteps(summary);
const browser = useBrowser();

const bar = (page: Page) => page.locator('[data-present-ui]');
const highlighted = (page: Page) => page.$$eval('a.st.tour-on', (as) => as.map((a) => (a as SVGElement).dataset.usps!).sort());
const counter = (page: Page) => bar(page).locator('[data-role=counter]').innerText();

describe('tour steps from summary.json (expected values read from public/data)', () => {
  it('overview, every mandate state, every prohibit state, the five largest counts, then the three largest alone', () => {
    const mandate = summary.states.filter((s) => s.stance === 'mandate').map((s) => s.usps).sort();
    const prohibit = summary.states.filter((s) => s.stance === 'prohibit').map((s) => s.usps).sort();
    expect(mandate.length).toBe(summary.stanceCounts.mandate);
    expect(prohibit.length).toBe(summary.stanceCounts.prohibit);
    const top = [...summary.states].sort((a, b) => b.agreements - a.agreements).slice(0, 5).map((s) => s.usps);
    expect(steps.map((s) => s.kind)).toEqual(['overview', 'mandate', 'prohibit', 'top', 'state', 'state', 'state']);
    expect([...steps[1]!.states].sort()).toEqual(mandate);
    expect([...steps[2]!.states].sort()).toEqual(prohibit);
    expect(steps[3]!.states).toEqual(top);
    expect(steps[4]!.states).toEqual([top[0]]);
  });
});

describe('presentation mode in Chromium (expected values read from public/data)', () => {
  it('arrow keys, PageUp and Space step the tour; the highlighted states and the caption follow the data; Escape exits', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await gotoSettled(page, `${baseUrl}?present`);
    await page.locator('[data-present-ui][data-step="1"]').waitFor(); // shown once summary.json is read
    expect(await page.locator('html').getAttribute('data-present')).toBe('');
    // No chrome: the header (kept for screen readers only), stats, table and footer are gone; the map stays.
    expect((await page.locator('header.intro').boundingBox())!.height).toBeLessThanOrEqual(1);
    expect(await page.locator('.stats').isVisible()).toBe(false);
    expect(await page.locator('sortable-table').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('svg.map').isVisible()).toBe(true);
    // Large labels: every labelled state shows its abbreviation and its count from the data.
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    expect(await page.locator('.present-labels text', { hasText: 'TX' }).textContent()).toBe(`TX${tx.agreements}`);

    expect(await counter(page)).toBe(`Step 1 of ${steps.length}`);
    expect(await highlighted(page)).toEqual([]);
    const caption = bar(page).locator('[data-role=caption]');
    expect(await caption.innerText()).toContain(new Intl.NumberFormat('en-US').format(summary.national.agreements));

    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`Step 2 of ${steps.length}`);
    expect(await highlighted(page)).toEqual([...steps[1]!.states].sort());
    expect(await caption.innerText()).toMatch(new RegExp(`^${summary.stanceCounts.mandate} states require`));
    expect(await caption.getAttribute('aria-live')).toBe('polite');

    await page.keyboard.press('PageDown');
    expect(await counter(page)).toBe(`Step 3 of ${steps.length}`);
    expect(await highlighted(page)).toEqual([...steps[2]!.states].sort());
    for (const usps of steps[2]!.states) expect(await caption.innerText()).toContain(summary.states.find((s) => s.usps === usps)!.name);

    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe(`Step 2 of ${steps.length}`);
    await page.locator('body').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await counter(page)).toBe(`Step 4 of ${steps.length}`);
    expect((await highlighted(page)).length).toBe(5);
    await page.keyboard.press('End');
    expect(await counter(page)).toBe(`Step ${steps.length} of ${steps.length}`);
    expect(await bar(page).locator('[data-role=next]').isDisabled()).toBe(true);

    await page.keyboard.press('Escape');
    await bar(page).waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    expect(await page.locator('html').getAttribute('data-present')).toBeNull();
    expect(await highlighted(page)).toEqual([]);
    expect((await page.locator('header.intro').boundingBox())!.height).toBeGreaterThan(20);
    expect(await page.locator('.present-labels').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the "Present" link starts the tour without a reload and keeps the other query values; the Spanish page speaks Spanish', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoSettled(page, `${baseUrl}es/?view=divide`);
    expect(await bar(page).isVisible()).toBe(false);
    await page.locator('[data-present-link]').click();
    await page.locator('[data-present-ui][data-step="1"]').waitFor(); // shown once summary.json is read
    const url = new URL(page.url());
    expect(url.searchParams.has('present')).toBe(true);
    expect(url.searchParams.get('view')).toBe('divide');
    expect(await counter(page)).toBe(`Paso 1 de ${steps.length}`);
    await bar(page).locator('[data-role=next]').click();
    expect(await counter(page)).toBe(`Paso 2 de ${steps.length}`);
    await bar(page).locator('[data-role=exit]').click();
    await bar(page).waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no violations in presentation mode (%s)', async (colorScheme) => {
    // bypassCSP only so the test can inject axe: the page's own CSP forbids inline scripts.
    const { page, context } = await openPage(browser(), { colorScheme, bypassCSP: true, viewport: { width: 1280, height: 800 } });
    await gotoSettled(page, `${baseUrl}?present`);
    await page.locator('[data-present-ui][data-step="1"]').waitFor(); // shown once summary.json is read
    await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-artifacts/present-1280-${colorScheme}.png` });
    await context.close();
  });
});
