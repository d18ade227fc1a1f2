/**
 * A state page printed is a designed one-page handout (issue #20): one Letter and one A4 page, the
 * locator map printed, each measure with its sources kept whole in one column (no list split over
 * columns), and no blank band of a quarter of the sheet (the scan strip sits at the foot, the content fills
 * the page). The PDF is rasterised with pdftoppm (poppler), an independent route from the layout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** The tallest run of blank pixel rows inside the printable area, as a share of the page height. */
function largestBlankBand(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handout-'));
  fs.writeFileSync(path.join(dir, 'p.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', '1', '-l', '1', path.join(dir, 'p.pdf'), path.join(dir, 'p')]);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.pgm'))!;
  const buf = fs.readFileSync(path.join(dir, file));
  fs.rmSync(dir, { recursive: true });
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.toString('latin1', 0, 40))!;
  const [w, h] = [Number(m[1]), Number(m[2])];
  const data = buf.subarray(m[0].length);
  const margin = Math.round((8 / 25.4) * 60) + 1;
  let best = 0;
  let run = 0;
  for (let y = margin; y < h - margin; y++) {
    let blank = true;
    for (let x = 0; x < w; x++) if (data[y * w + x]! < 250) { blank = false; break; }
    run = blank ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best / h;
}

describe('state page handout', () => {
  it.each(['states/tx/', 'es/states/tx/', 'states/md/', 'es/states/md/', 'states/fl/', 'es/states/fl/'])('"/%s" prints as one full page with the locator map', async (p) => {
    const { page, context, errors } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}${p}`);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format });
      expect(pageCount(pdf), `${p} ${format}`).toBe(1);
      expect(largestBlankBand(pdf), `${p} ${format}: blank band`).toBeLessThan(0.25);
    }
    // Letter's printable width (8.5 in less two 8 mm margins) as the screen, then print media.
    await page.setViewportSize({ width: 756, height: 996 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.locator svg').isVisible()).toBe(true);
    const box = await page.locator('.locator svg').boundingBox();
    expect(box!.width).toBeGreaterThan(120);
    const fragments = await page.locator('.measures > li').evaluateAll((lis) => lis.map((li) => li.getClientRects().length));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.every((n) => n === 1), `measures split across columns: ${fragments}`).toBe(true);
    // The measures run in at most two columns.
    const lefts = await page.locator('.measures > li').evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().left))).size);
    expect(lefts).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
