/**
 * Compare page charts (issue #20): each chart has a key (step line and circles, in the page's
 * language), and no two circles overlap by more than a pixel at 1440 and 390 px wide, measured on
 * the rendered circles. The circles are the newest ICE sheet of each month from the first sheet on,
 * checked against the per-state JSON.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { dictionaries } from '@i18n/index.ts';
import type { StateDetail, Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const detail = (c: string) => JSON.parse(fs.readFileSync(`public/data/states/${c}.json`, 'utf8')) as StateDetail;
const TOLERANCE = 1;
const sheetDates = (JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary).snapshots.map((p) => p.date);

describe('compare charts (expected values read from public/data)', () => {
  it.each([
    ['en', 1440], ['es', 1440], ['en', 390],
  ] as const)('%s at %i px: a key on every chart and no overlapping circles', async (lang, width) => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width, height: 900 } });
    await gotoSettled(page, `${baseUrl}${lang === 'es' ? 'es/' : ''}compare/?states=tx,fl,md,ga`);
    await page.locator('svg.cmp-chart[role=img]').nth(3).waitFor();
    const d = dictionaries[lang];
    const keys = page.locator('.cmp-key');
    expect(await keys.count()).toBe(4);
    for (const k of await keys.all()) {
      expect(await k.innerText()).toContain(d['chart.legend.step']);
      expect(await k.innerText()).toContain(d['classroom.compare.legend.points']);
      expect(await k.isVisible()).toBe(true);
    }
    const charts = await page.locator('svg.cmp-chart[role=img]').evaluateAll((svgs) => svgs.map((s) =>
      [...s.querySelectorAll('circle')].map((c) => { const r = c.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 }; })));
    charts.forEach((circles, i) => {
      const code = ['tx', 'fl', 'md', 'ga'][i]!;
      // Stored as change points (first point = first sheet): one circle for each month with a sheet from then on.
      const months = new Set(sheetDates.filter((d) => d >= detail(code).series[0]!.date).map((d) => d.slice(0, 7)));
      expect(circles.length, code).toBe(months.size);
      for (let a = 0; a < circles.length; a++) for (let b = a + 1; b < circles.length; b++) {
        const [p, q] = [circles[a]!, circles[b]!];
        const overlap = p.r + q.r - Math.hypot(p.x - q.x, p.y - q.y);
        expect(overlap, `${code} circles ${a} and ${b}`).toBeLessThanOrEqual(TOLERANCE);
      }
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
