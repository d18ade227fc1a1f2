/**
 * Hostile query values in the production build: names of Object's built-ins (constructor, __proto__,
 * toString, hasOwnProperty) are not views, models, states or dates on any page that reads the
 * address, and never reach the Embed dialog's code; an 8,000-character ?states= is not echoed whole;
 * /explore/ without JavaScript says so at the top and shows no controls that do nothing.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { en } from '../../src/i18n/en.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SHOTS = '/tmp/shots-hardening2';
const BUILT_INS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

/** The map shows a real view: a checked view control, the default colouring and its legend. */
async function expectWorkingMap(page: Page, view: string, model: string) {
  // The values are applied by <divide-map>'s script: wait for it (slow machines run it after the network settles).
  await page.waitForFunction(() => customElements.get('divide-map') !== undefined);
  const map = page.locator('divide-map');
  expect(await map.getAttribute('data-view')).toBe(view);
  expect(await map.getAttribute('data-model')).toBe(model);
  expect(await page.locator('divide-map .legend:visible').count()).toBeGreaterThan(0);
  if (await page.locator('input[name=view]').count()) {
    expect(await page.locator('input[name=view]:checked').getAttribute('value')).toBe(view);
  }
}

describe('built-in object names in the address', () => {
  for (const path of ['', 'es/', 'embed/', '?present&']) {
    const url = (q: string) => `${baseUrl}${path.startsWith('?') ? `?${path.slice(1)}${q}` : `${path}?${q}`}`;
    it(`/${path}: ?view=, ?model= and ?state= fall back to the defaults`, async () => {
      const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
      for (const name of BUILT_INS) {
        await gotoSettled(page, url(`view=${name}&state=${name}`));
        await expectWorkingMap(page, 'divide', 'tfm');
        expect(await page.locator('divide-map').getAttribute('data-selected')).toBeNull();
        await gotoSettled(page, url(`view=model&model=${name}`));
        await expectWorkingMap(page, 'model', 'tfm');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the Embed dialog copies only what the map shows', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    for (const name of BUILT_INS) {
      await gotoSettled(page, `${baseUrl}?view=${name}&model=${name}&state=${name}&date=${name}`);
      await page.waitForFunction(() => customElements.get('divide-map') && customElements.get('embed-button'));
      await page.getByRole('button', { name: en['embed.button'] }).click();
      const code = page.getByLabel(en['embed.dialog.code']);
      await expect.poll(() => code.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await code.inputValue()).toContain(`src="${baseUrl}embed/"`);
      await page.keyboard.press('Escape');
    }
    // A real view and state are still carried.
    await gotoSettled(page, `${baseUrl}?view=model&model=jem&state=tx`);
    await page.waitForFunction(() => customElements.get('divide-map') && customElements.get('embed-button'));
    await page.getByRole('button', { name: en['embed.button'] }).click();
    await expect.poll(() => page.getByLabel(en['embed.dialog.code']).inputValue(), { timeout: 10_000 }).toContain(
      `src="${baseUrl}embed/?view=model&amp;model=jem&amp;state=tx"`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/changes/: a built-in name as ?from= or ?to= keeps the default pair', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}changes/`);
    const summaryText = await page.locator('[data-role=summary]').innerText();
    for (const name of BUILT_INS) {
      for (const q of [`from=${name}&to=2026-05-18`, `from=2026-04-30&to=${name}`]) {
        await gotoSettled(page, `${baseUrl}changes/?${q}`);
        expect(await page.locator('[data-role=summary]').innerText(), q).toBe(summaryText);
        expect(await page.locator('main').innerText()).not.toMatch(/\{\w+\}/);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('long query values', () => {
  it('/compare/ with an 8,000-character ?states= echoes a short excerpt and stays one screen tall', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const junk = Array.from({ length: 1000 }, (_, i) => `x${String(i).padStart(5, '0')}`).join(',').slice(0, 8000);
    await gotoSettled(page, `${baseUrl}compare/?states=tx,ca`);
    await page.locator('.cmp-col').first().waitFor();
    const plain = (await page.locator('main').innerText()).length;
    await gotoSettled(page, `${baseUrl}compare/?states=tx,ca,${junk}`);
    await page.locator('.cmp-col').first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('X00000');
    expect(text).not.toContain('X00999');
    expect(text.length - plain).toBeLessThan(200);
    const notices = await page.locator('compare-states [data-role=status] p, state-compare [data-role=status] p').allTextContents();
    expect(notices.some((n) => n.includes('995'))).toBe(true);
    expect(Math.max(...notices.map((n) => n.length))).toBeLessThan(200);
    await page.screenshot({ path: `${SHOTS}/compare-long-states-390.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('/explore/ without JavaScript', () => {
  for (const [path, lang] of [['explore/', 'en'], ['es/explore/', 'es']] as const) {
    it(`/${path}: the message is at the top, no control or loading text is shown`, async () => {
      const { page, context } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      await page.goto(`${baseUrl}${path}`);
      const message = page.locator('[data-testid=explore-noscript]');
      expect(await message.isVisible()).toBe(true);
      const box = (await message.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(844);
      expect(await message.locator('a').first().getAttribute('href')).toBe(`${new URL(baseUrl).pathname}${lang === 'es' ? 'es/' : ''}`);
      for (const sel of ['select', 'input', 'button', '[role=listbox]', '[data-role=status]']) {
        expect(await page.locator(`main ${sel}:visible`).count(), sel).toBe(0);
      }
      await page.screenshot({ path: `${SHOTS}/explore-noscript-${lang}-390.png`, fullPage: true });
      await context.close();
    });
  }
});
