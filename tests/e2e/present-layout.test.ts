/**
 * Presentation mode layout (issue #20): the map keeps one box through every step (the caption bar
 * keeps the height of its longest caption), and no two state labels overlap, at 1440x900 and
 * 1920x1080, English and Spanish. Measured on the rendered boxes.
 */
import { describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { tourSteps } from '@lib/tour.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const total = tourSteps(JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary).length;
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

describe('presentation layout', () => {
  it.each([
    [1440, 900, ''], [1920, 1080, ''], [1440, 900, 'es/'],
  ] as const)('%ix%i /%s?present: fixed map box, no overlapping labels', async (width, height, lang) => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width, height } });
    await gotoSettled(page, `${baseUrl}${lang}?present`);
    await page.locator('.present-labels text').first().waitFor();
    const labels = await page.locator('.present-labels text').evaluateAll((ts) => ts.map((t) => {
      const r = t.getBoundingClientRect();
      return { id: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
    }));
    expect(labels.length).toBeGreaterThan(30);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
      expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
    }
    const boxes: Box[] = [];
    for (let step = 1; step <= total; step++) {
      await expect.poll(() => page.locator('[data-present-ui]').getAttribute('data-step')).toBe(String(step));
      await page.waitForTimeout(150);
      boxes.push((await page.locator('svg.map').boundingBox())!);
      const bar = (await page.locator('[data-present-ui]').boundingBox())!;
      expect(boxes.at(-1)!.y + boxes.at(-1)!.height, `step ${step}: map above the caption bar`).toBeLessThanOrEqual(bar.y + 1);
      await page.keyboard.press('ArrowRight');
    }
    for (const b of boxes) {
      expect(Math.abs(b.height - boxes[0]!.height), JSON.stringify(boxes.map((x) => Math.round(x.height)))).toBeLessThanOrEqual(1);
      expect(Math.abs(b.y - boxes[0]!.y)).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
