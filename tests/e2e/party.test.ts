/**
 * Party control (issue 19) in the production build: the home panel's cross-table against the source CSV
 * and the law stances (an independent route), every state and DC once, the sentence's numbers against
 * the table, the map's party switch by keyboard (marks over, never instead of, the law colours), marks
 * told apart from law colours in grey-scale print, the state pages, the embed's view=party, and axe.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { Summary } from '@schema/records.ts';
import { STANCES } from '@schema/policy.ts';
import { STANCE_COLORS, UI } from '../../src/styles/tokens.ts';

const baseUrl = inject('baseUrl');
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const source = csvParse(fs.readFileSync('data-pipeline/sources/politics/state-party-control-2026.csv', 'utf8'));
const CONTROL: Record<string, string> = { 'Republican trifecta': 'republican', 'Democratic trifecta': 'democratic', divided: 'divided', 'n/a': 'none' };
const controlOf = new Map(source.map((r) => [r.state!, CONTROL[r.trifecta_2026!]!]));
const browser = useBrowser();

async function open(path: string, viewport = { width: 1440, height: 900 }) {
  const o = await openPage(browser(), { viewport, bypassCSP: true });
  await gotoSettled(o.page, `${baseUrl}${path}`);
  // On a loaded machine "network idle" can come before the long home page has finished parsing.
  await o.page.waitForFunction(() => document.readyState === 'complete');
  return o;
}
/** The panel's table as rendered: stance -> control -> codes. */
const readTable = (page: Page) =>
  page.$$eval('[data-testid=who-governs] tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [
      (r as HTMLElement).dataset.stance!,
      Object.fromEntries([...r.querySelectorAll<HTMLElement>('td[data-control]')].map((td) => [
        td.dataset.control!, { n: Number(td.dataset.count), codes: [...td.querySelectorAll<HTMLElement>('a[data-usps]')].map((a) => a.dataset.usps!) },
      ])),
    ])),
  );

describe('the "Who governs" panel', () => {
  it('shows the cross-table of the source CSV and the law stances, every state and DC once', async () => {
    const { page, context, errors, requests } = await open('');
    const table = await readTable(page);
    for (const st of STANCES) {
      for (const c of ['republican', 'democratic', 'divided']) {
        const expected = summary.states.filter((s) => s.stance === st && controlOf.get(s.usps) === c).map((s) => s.usps).sort();
        expect(table[st]![c]!.codes.sort(), `${st}/${c}`).toEqual(expected);
        expect(table[st]![c]!.n).toBe(expected.length);
      }
    }
    const linked = await page.$$eval('[data-testid=who-governs] a[data-usps]', (as) => as.map((a) => (a as HTMLElement).dataset.usps!));
    expect(linked.sort()).toEqual(summary.states.map((s) => s.usps).sort());
    expect(new Set(linked).size).toBe(51);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it.each(['', 'es/'])("/%s: the sentence's numbers are the table's", async (path) => {
    const { page, context } = await open(path);
    const table = await readTable(page);
    const n = (st: string, c?: string) => (c ? table[st]![c]!.n : ['republican', 'democratic', 'divided'].reduce((k, x) => k + table[st]![x]!.n, 0));
    const rest = ['encourage', 'limit'];
    const expected = [
      2026, n('mandate'), 287, n('prohibit'), n('none'), n('none', 'divided'),
      rest.reduce((k, s) => k + n(s), 0), rest.reduce((k, s) => k + n(s, 'republican'), 0), rest.reduce((k, s) => k + n(s, 'democratic'), 0), rest.reduce((k, s) => k + n(s, 'divided'), 0),
    ];
    const sentence = await page.getByTestId('party-sentence').textContent();
    expect(sentence!.match(/\d+/g)!.map(Number)).toEqual(expected);
    // Today every mandate state is a Republican trifecta and every prohibit state a Democratic one: "all".
    expect(n('mandate', 'republican')).toBe(n('mandate'));
    expect(sentence).toMatch(path ? /los 6 estados que exigen/ : /all 6 states that mandate/);
    await context.close();
  });

  it.each(['', 'es/', 'embed/?view=party', 'es/embed/?view=party'])('/%s: axe finds nothing', async (path) => {
    const { page, context } = await open(path, { width: 390, height: 844 });
    await expect(page.getByTestId('who-governs').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the embed shows the panel instead of the map with view=party, and the map without', async () => {
    const { page, context } = await open('embed/?view=party');
    await expect.poll(() => page.locator('divide-map').isVisible(), { timeout: 20_000 }).toBe(false);
    const plain = await open('embed/');
    expect(await plain.page.getByTestId('who-governs').isVisible()).toBe(false);
    expect(await plain.page.locator('divide-map').isVisible()).toBe(true);
    await Promise.all([context.close(), plain.context.close()]);
  });
});

describe('the map\'s "Governing party" switch', () => {
  const fills = (page: Page) => page.$$eval('a.st path', (ps) => ps.map((p) => getComputedStyle(p).fill));

  it('turns party marks on and off by keyboard, over the law colours, with its legend and in the URL', async () => {
    const { page, context, errors } = await open('');
    const before = await fills(page);
    const box = page.getByRole('checkbox', { name: 'Governing party (2026)' });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('divide-map').getAttribute('data-party'), { timeout: 20_000 }).toBe('');
    expect(new URL(page.url()).searchParams.get('party')).toBe('1');
    expect(await page.locator('.party-legend').isVisible()).toBe(true);
    const marks = await page.$$eval('svg.map .party-marks > g', (gs) => gs.map((g) => [(g as SVGGElement).dataset.usps!, (g as SVGGElement).dataset.control!, g.getBoundingClientRect().width > 0]));
    expect(marks.length).toBe(50); // every state; DC has no mark
    for (const [usps, control, shown] of marks) {
      expect(control, usps as string).toBe(controlOf.get(usps as string));
      expect(shown, usps as string).toBe(true);
    }
    expect(await fills(page)).toEqual(before); // the law colours stay
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('divide-map').getAttribute('data-party'), { timeout: 20_000 }).toBe(null);
    expect(await page.locator('.party-legend').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists each state\'s party control in the data table', async () => {
    const { page, context } = await open('');
    const cells = await page.$$eval('tr[data-tl-row]', (rows) => rows.map((r) => [(r as HTMLElement).dataset.usps!, (r.querySelector('td[data-col=party]') as HTMLElement).dataset.control!]));
    expect(cells.length).toBe(51);
    for (const [usps, c] of cells) expect(c, usps).toBe(controlOf.get(usps!));
    await context.close();
  });

  it('axe finds nothing with the marks on', async () => {
    const { page, context } = await open('?party=1', { width: 390, height: 844 });
    await expect.poll(() => page.locator('divide-map').getAttribute('data-party'), { timeout: 20_000 }).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('in grey-scale print, party marks are shapes in ink that no law colour can be mistaken for', async () => {
    const { page, context } = await open('?party=1');
    await expect.poll(() => page.locator('divide-map').getAttribute('data-party'), { timeout: 20_000 }).toBe('');
    await page.emulateMedia({ media: 'print' });
    // Mark colours are never law colours.
    const stanceColors = new Set(Object.values(STANCE_COLORS.light).map((c) => c.toLowerCase()));
    const styles = await page.$$eval('svg.map .party-marks .pm', (ps) => [...new Set(ps.map((p) => `${p.getAttribute('class')}|${getComputedStyle(p).fill}|${getComputedStyle(p).stroke}`))]);
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
    const grey = (rgb: string) => { const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number); return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255; };
    expect(styles.length).toBe(3);
    for (const s of styles) {
      const [, fill, stroke] = s.split('|');
      expect(stanceColors.has(hex(fill!)), s).toBe(false);
      expect([UI.light.text, UI.light.bg]).toContain(hex(fill!));
      // Fill and outline far apart in grey: the mark shows on a dark or a light law colour alike.
      expect(Math.abs(grey(fill!) - grey(stroke!)), s).toBeGreaterThan(0.8);
    }
    // Three shapes, so the legend reads without colour: square, circle, diamond.
    const shapes = await page.$$eval('.party-legend .pm', (ps) => ps.map((p) => p.getAttribute('d')!.replace(/[\d.,-]+/g, '#')));
    expect(new Set(shapes).size).toBe(3);
    // Pixels in grey-scale: the Texas mark (dark square) and the California mark (light circle) stand out
    // from the law colour around them (mandate hatching, prohibit dots).
    await page.addStyleTag({ content: 'html { filter: grayscale(1) }' });
    const png = await page.locator('svg.map').screenshot();
    const box = await page.locator('svg.map').boundingBox();
    const at = async (usps: string, dy = 0) => {
      const r = await page.locator(`svg.map .party-marks g[data-usps=${usps}]`).boundingBox();
      return [r!.x - box!.x + r!.width / 2, r!.y - box!.y + r!.height / 2 + dy] as const;
    };
    const points = [await at('TX'), await at('TX', 14), await at('CA'), await at('CA', 18)];
    const probe = await browser().newPage();
    const values = await probe.evaluate(async ({ data, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return points.map(([x, y]) => {
        // Mean of a 3x3 patch, to step over the hatching's thin lines.
        const d = g.getImageData(Math.round(x) - 1, Math.round(y) - 1, 3, 3).data;
        let s = 0;
        for (let i = 0; i < d.length; i += 4) s += d[i]!;
        return s / 9 / 255;
      });
    }, { data: png.toString('base64'), points });
    await probe.close();
    const [txMark, txLaw, caMark, caLaw] = values as [number, number, number, number];
    expect(txMark).toBeLessThan(0.25); // the dark square
    expect(caMark).toBeGreaterThan(0.85); // the light circle
    expect(txLaw - txMark).toBeGreaterThan(0.25);
    expect(caMark - caLaw).toBeGreaterThan(0.3);
    await context.close();
  });
});

describe('state pages', () => {
  it.each([
    ['states/tx/', /Governor: Greg Abbott \(Republican\)\./, /SB 8 \(2025\).*in effect from January 1, 2026: Republican governor/, /SB 4 \(2017\).*September 1, 2017: not covered by the table/],
    ['states/va/', /Governor: Abigail Spanberger \(Democratic\)\./, /Executive Order 47.*February 27, 2025: Republican governor/, /Executive Directive 1.*February 4, 2026: Democratic governor/],
    ['states/ne/', /Legislature: one chamber, elected on nonpartisan ballots\./, /Ballotpedia counts Nebraska as a Republican trifecta/, /Executive Order 25-01.*January 24, 2025: not covered by the table/],
    ['states/dc/', /Mayor: Muriel Bowser \(Democratic\)\./, /No state legislature/, /Democratic mayor/],
    ['es/states/tx/', /Gobernación: Greg Abbott \(Partido Republicano\)\./, /en vigor desde el 1 de enero de 2026: gobernación del Partido Republicano/, /la tabla no cubre esa fecha/],
  ])('/%s says who governed and the party at each dated measure', async (path, ...patterns) => {
    const { page, context } = await open(path);
    const text = (await page.getByTestId('party-state').textContent())!.replace(/\s+/g, ' ');
    for (const p of patterns) expect(text).toMatch(p);
    expect(text).not.toMatch(/not checked|source I saw|\(Mayor\)/);
    await context.close();
  });

  it('axe finds nothing on a state page with the section (phone)', async () => {
    const { page, context } = await open('es/states/ak/', { width: 390, height: 844 });
    expect(await page.getByTestId('party-state').textContent()).toMatch(/coaliciones bipartidistas/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
