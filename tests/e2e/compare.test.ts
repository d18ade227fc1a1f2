/**
 * The compare page (/compare/?states=tx,ca): both states' numbers from their per-state JSON, timelines
 * on one shared y scale, ignored codes named, the picker form updates the URL (shareable), the state
 * page links to it, and axe finds nothing (light and dark) in both languages.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { StateDetail } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const detail = (c: string) => JSON.parse(fs.readFileSync(`public/data/states/${c}.json`, 'utf8')) as StateDetail;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const browser = useBrowser();

describe('compare page (expected values read from public/data)', () => {
  it('both language routes are built', () => {
    expect(fs.existsSync('dist/compare/index.html')).toBe(true);
    expect(fs.existsSync('dist/es/compare/index.html')).toBe(true);
  });

  it('shows both states\' counts, stances, models and measures from their JSON; timelines share one y scale; bad codes are named', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}compare/?states=tx,CA,zz,tx,ny`);
    const cols = page.locator('.cmp-col');
    await cols.first().waitFor();
    expect(await cols.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.usps))).toEqual(['TX', 'CA', 'NY']);
    for (const code of ['tx', 'ca', 'ny']) {
      const d = detail(code);
      const col = page.locator(`.cmp-col[data-usps=${d.summary.usps}]`);
      expect(await col.locator('h2').innerText()).toBe(d.summary.name);
      expect(await col.locator('[data-testid=compare-count]').innerText()).toBe(fmt(d.summary.agreements));
      const text = await col.innerText();
      expect(text).toContain(`${fmt(d.summary.agencies)} agenc`);
      for (const m of ['JEM', 'WSO', 'TFM'] as const) expect(text).toContain(fmt(d.summary.byModel[m]));
      for (const m of d.policy.measures) expect(text).toContain(m.name);
      expect(await col.locator('.cmp-note').count(), d.summary.usps).toBe(
        (d.summary.possibleStance || d.summary.confidence === 'low' ? 1 : 0) + (d.summary.mismatch ? 1 : 0),
      );
      // The state page link (source links may also name the state, e.g. "Texas Legislature").
      expect(await col.locator(`a[href$="/states/${code}/"]`).innerText()).toContain(d.summary.name);
    }
    // Same scales: identical y-axis ticks in every chart, reaching at least the largest value.
    const ticks = await cols.evaluateAll((cs) => cs.map((c) => [...c.querySelectorAll('svg.cmp-chart text')].map((t) => t.textContent).join('|')));
    expect(new Set(ticks.map((t) => t.replace(/\|\d{4}.*$/, ''))).size).toBe(1);
    const status = await page.locator('state-compare [data-role=status]').innerText();
    expect(status).toContain('Ignored: ZZ');
    expect(await page.locator('state-compare [data-role=scale]').innerText()).toMatch(/same scales/);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the form builds a shareable ?states= URL; fewer than two states asks for more; the state page links here', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoSettled(page, `${baseUrl}states/tx/`);
    await page.locator('[data-compare-link]').click();
    await page.waitForURL(/compare\/\?states=tx$/);
    await page.locator('state-compare [data-role=status]', { hasText: 'at least two' }).waitFor();
    expect(await page.locator('.cmp-col').count()).toBe(0);
    await page.locator('select[name=states]').nth(1).selectOption('ny');
    await page.locator('select[name=states]').nth(2).selectOption('fl');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('.cmp-col[data-usps=FL]').waitFor();
    expect(new URL(page.url()).searchParams.get('states')).toBe('tx,ny,fl');
    expect(await page.locator('.cmp-col').count()).toBe(3);
    // Five codes: the fifth is named as ignored.
    await gotoSettled(page, `${baseUrl}compare/?states=tx,ny,fl,ca,ga`);
    await page.locator('.cmp-col').nth(3).waitFor();
    expect(await page.locator('.cmp-col').count()).toBe(4);
    expect(await page.locator('state-compare [data-role=status]').innerText()).toContain('ignored: GA');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['light', 'compare/?states=tx,ca'],
    ['dark', 'es/compare/?states=fl,il,ny'],
    ['light', 'compare/'],
  ] as const)('axe finds no violations (%s, %s)', async (colorScheme, path) => {
    const { page, context } = await openPage(browser(), { colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}${path}`);
    if (path.includes('states=')) await page.locator('.cmp-col').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-artifacts/compare-${colorScheme}.png`, fullPage: true });
    await context.close();
  });
});
