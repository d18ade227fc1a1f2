/**
 * Small states on a phone (issue #20): on the 390 px map DE, CT, NJ and MD are a few pixels
 * across, so each has a labelled button under the map: at least 44x44 px on a touch screen, with a
 * swatch filled like the state on the map (same stance pattern), and a tap selects that state. The
 * stance comes from summary.json.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
// The four the first-screen brief names (DE, NJ and MD ban agreements; CT is classified "limit").
const SMALL_BANS = ['DE', 'CT', 'NJ', 'MD'];

describe('small states on a phone (expected values read from public/data)', () => {
  it('DE, CT, NJ and MD: a 44 px button each, filled like the map, and a tap selects the state', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await gotoSettled(page, baseUrl);
    for (const usps of SMALL_BANS) {
      const s = summary.states.find((x) => x.usps === usps)!;
      const btn = page.locator(`.small-btn[data-usps=${usps}]`);
      expect(await btn.isVisible(), usps).toBe(true);
      const box = (await btn.boundingBox())!;
      expect(box.width, `${usps} width`).toBeGreaterThanOrEqual(44);
      expect(box.height, `${usps} height`).toBeGreaterThanOrEqual(44);
      const onMap = (await page.locator(`svg.map a.st[data-usps=${usps}]`).first().boundingBox())!;
      expect(Math.min(onMap.width, onMap.height), `${usps} is small on the map`).toBeLessThan(44);
      // Recognizable: the swatch carries the state's stance and the same fill (pattern) as its shape on the map.
      expect(await btn.locator('svg.sw').getAttribute('data-d')).toBe(s.stance);
      const fills = await page.evaluate((u) => [
        getComputedStyle(document.querySelector(`.small-btn[data-usps=${u}] svg.sw`)!).fill,
        getComputedStyle(document.querySelector(`svg.map a.st[data-usps=${u}]`)!).fill,
      ], usps);
      expect(fills[0], usps).toBe(fills[1]);
      expect(await btn.innerText()).toContain(s.name);
      await btn.tap();
      await expect.poll(() => page.locator('divide-map').getAttribute('data-selected')).toBe(usps);
      await expect.poll(() => page.locator('[data-role=panel]').innerText()).toContain(s.name);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
