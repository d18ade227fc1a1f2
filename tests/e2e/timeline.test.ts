/**
 * The month control on the national map and the "What changed" page, against the production build:
 * numbers at a ?date= equal the pipeline's timeline.json, play advances months, keyboard scrubbing,
 * reduced motion, lazy loading of the monthly data, the per-step update time (Performance API),
 * the comparison page with its CSV, accessibility and no foreign requests.
 */
import fs from 'node:fs';
import { placeName } from '@i18n/place-names.ts';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled, settled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { Changes, Summary, Timeline } from '@schema/records.ts';
import { comparePair, pairCsv } from '@lib/timeline.ts';

const baseUrl = inject('baseUrl');
const tl = JSON.parse(fs.readFileSync('public/data/timeline.json', 'utf8')) as Timeline;
const changes = JSON.parse(fs.readFileSync('public/data/changes.json', 'utf8')) as Changes;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const at = (month: string) => tl.months.indexOf(month);
const browser = useBrowser();

const stat = (page: Page, id: string) => page.locator(`#${id}`).textContent().then((s) => s?.trim());
const dateParam = (page: Page) => new URL(page.url()).searchParams.get('date');
const range = (page: Page) => page.locator('[data-role=tc-range]');

describe('month control on the national map (expected values read from public/data)', () => {
  it('?date=2025-03 shows the pipeline numbers for that month on the headline, table, map and control', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const i = at('2025-03');
    expect(i).toBeGreaterThanOrEqual(0);
    await gotoSettled(page, `${baseUrl}?date=2025-03`);
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[i]!));
    expect(await stat(page, 'stat-agencies')).toBe(fmt(tl.agencies[i]!));
    expect(await range(page).inputValue()).toBe(String(i));
    expect(await range(page).getAttribute('aria-valuetext')).toBe('March 2025');
    expect(await page.locator('[data-role=tc-sheet]').textContent()).toContain('March 31, 2025');
    const tx = tl.states.TX![i]!;
    expect((await page.locator('tr[data-usps=TX] td[data-col=agreements]').textContent())?.trim()).toBe(fmt(tx));
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('aria-label')).toContain(`${fmt(tx)} active agreement`);
    expect(await page.locator('[data-testid=summary-sentence]').textContent()).toContain('March 2025');
    // The law in force that month (pipeline oracle: timeline.json), and the control names its date.
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('data-d')).toBe(tl.law.TX![i]!.stance ?? 'unknown');
    expect(await page.locator('a.st[data-usps=TX]').getAttribute('data-d')).toBe('encourage');
    expect(await page.locator('.tc-law').textContent()).toContain('Law colors show the state law in force on March 31, 2025.');
    // Lines true only of the latest sheet are hidden at a past month.
    expect(summary.territories.some((x) => x.agreements > 0)).toBe(true);
    expect(await page.locator('p.territories').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the state panel and the state page carry the month (?date=) and show its count', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const i = at('2025-03');
    await gotoSettled(page, `${baseUrl}?date=2025-03&state=tx`);
    await expect.poll(() => page.locator('[data-role=panel] [data-role=count]').textContent()).toBe(`${fmt(tl.states.TX![i]!)} active agreements`);
    const more = page.locator('[data-role=panel] [data-role=more]');
    expect(await more.getAttribute('href')).toMatch(/states\/tx\/\?date=2025-03$/);
    await more.click();
    await page.waitForURL(/states\/tx\/\?date=2025-03/);
    const note = page.locator('[data-role=month-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`March 2025: ${fmt(tl.states.TX![i]!)} active agreements in Texas`);
    expect(await page.locator('[data-role=month-back]').getAttribute('href')).toMatch(/\?state=tx&date=2025-03$/);
    // Without a date, or with an unknown one, there is no note.
    await gotoSettled(page, `${baseUrl}states/tx/?date=1999-01`);
    expect(await note.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an invalid or out-of-range ?date falls back to the latest sheet without errors', async () => {
    const { page, context, errors } = await openPage(browser());
    for (const bad of ['1999-01', 'yesterday', '2025-13']) {
      await gotoSettled(page, `${baseUrl}?date=${bad}`);
      expect(await stat(page, 'stat-agreements')).toBe(fmt(summary.national.agreements));
      expect(await range(page).inputValue()).toBe(String(tl.months.length - 1));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads timeline.json only after first paint, on first use of the control', async () => {
    const { page, context, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, baseUrl);
    expect(requests.some((u) => u.endsWith('/data/timeline.json'))).toBe(false);
    await page.locator('[data-role=tc-prev]').hover();
    await expect.poll(() => requests.some((u) => u.endsWith('/data/timeline.json'))).toBe(true);
    await context.close();
  });

  it('Play advances month by month and updates the URL; Pause stops', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
    await gotoSettled(page, `${baseUrl}?date=${tl.months[0]}`);
    const play = page.locator('[data-role=tc-play]');
    expect(await play.isVisible()).toBe(true);
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => dateParam(page), { timeout: 5000 }).toBe(tl.months[1]);
    await expect.poll(() => dateParam(page), { timeout: 5000 }).toBe(tl.months[2]);
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[2]!));
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const stopped = dateParam(page);
    await page.waitForTimeout(1500);
    expect(dateParam(page)).toBe(stopped);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is keyboard operable: arrows step, Home/End jump, the buttons step', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await gotoSettled(page, `${baseUrl}?date=2025-03`);
    await range(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dateParam(page)).toBe('2025-04');
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[at('2025-04')]!));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dateParam(page)).toBe('2025-02');
    await page.keyboard.press('End');
    await expect.poll(() => dateParam(page)).toBeNull();
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(summary.national.agreements));
    await page.keyboard.press('Home');
    await expect.poll(() => dateParam(page)).toBe(tl.months[0]);
    await page.locator('[data-role=tc-next]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dateParam(page)).toBe(tl.months[1]);
    // A button step is announced in the polite live region.
    await expect.poll(() => page.locator('[data-role=tc-status]').textContent()).toBe(`${new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${tl.months[1]}-01T00:00:00Z`))}: ${fmt(tl.national[1]!)} active agreements`);
    // Reload restores the month from the URL.
    await settled(page, () => page.reload());
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[1]!));
    await context.close();
  });

  it('reduced motion: no Play button and no colour transitions; stepping still works', async () => {
    const path = (page: Page) => page.locator('a.st[data-usps=TX] path').evaluate((e) => getComputedStyle(e).transitionProperty);
    const normal = await openPage(browser(), { reducedMotion: 'no-preference' });
    await gotoSettled(normal.page, baseUrl);
    expect(await path(normal.page)).toContain('fill');
    await normal.context.close();

    const { page, context } = await openPage(browser(), { reducedMotion: 'reduce' });
    await gotoSettled(page, `${baseUrl}?date=2025-03`);
    expect(await page.locator('[data-role=tc-play]').isVisible()).toBe(false);
    expect(await path(page)).not.toContain('fill');
    await page.locator('[data-role=tc-next]').click();
    await expect.poll(() => dateParam(page)).toBe('2025-04');
    await context.close();
  });

  it('without JavaScript the control is hidden and the page shows the latest sheet', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}?date=2025-03`);
    expect(await page.locator('[data-role=time]').isVisible()).toBe(false);
    expect(await stat(page, 'stat-agreements')).toBe(fmt(summary.national.agreements));
    await context.close();
  });

  it('updates the map in at most 16 ms per step (median over every month; Performance API)', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await gotoSettled(page, `${baseUrl}?date=${tl.months[0]}`);
    await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[0]!));
    // Each step: input event -> DOM update -> forced style and layout, measured as one span.
    // Three rounds, each over every month forward then back; the CPU is shared with other builds,
    // so the assertion uses the best round's median (all rounds are logged and written out).
    const rounds = await page.evaluate(async (n) => {
      const input = document.querySelector<HTMLInputElement>('[data-role=tc-range]')!;
      const out: number[][] = [];
      for (let round = 0; round < 3; round++) {
        const times: number[] = [];
        for (let k = 0; k < 2 * n; k++) {
          const idx = k < n ? k : 2 * n - 1 - k;
          performance.mark('bench-start');
          input.value = String(idx);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          void document.body.offsetHeight;
          performance.mark('bench-end');
          times.push(performance.measure('bench-step', 'bench-start', 'bench-end').duration);
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
        out.push(times);
      }
      return out;
    }, tl.months.length);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const medians = rounds.map(med);
    const median = Math.min(...medians);
    const all = rounds.flat();
    const script = await page.evaluate(() => performance.getEntriesByName('tl-step').map((e) => e.duration));
    console.log(
      `timeline step (update + style + layout) over ${tl.months.length} months x2 x3 rounds: round medians ${medians.map((m) => m.toFixed(2)).join(' / ')} ms, ` +
        `max ${Math.max(...all).toFixed(2)} ms; script-only median ${med(script).toFixed(2)} ms (shared CPU, not throttled)`,
    );
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync('test-artifacts/timeline-bench.json', JSON.stringify({ months: tl.months.length, roundMediansMs: medians, maxMs: Math.max(...all), scriptMedianMs: med(script), rounds }, null, 2));
    expect(median).toBeLessThanOrEqual(16);
    await context.close();
  });

  it('has no axe violations at a past month, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser(), { bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
      await gotoSettled(page, `${baseUrl}?date=2025-03`);
      await expect.poll(() => stat(page, 'stat-agreements')).toBe(fmt(tl.national[at('2025-03')]!));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('What changed page (expected values read from public/data)', () => {
  const names = Object.fromEntries([...summary.states, ...summary.territories].map((s) => [s.usps, s.name]));
  const nameOf = (u: string) => names[u] ?? u;

  it('shows the two newest sheets without JavaScript, with the static CSV of that pair', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}changes/`);
    const pair = comparePair(changes, changes.at(-2)!.date, changes.at(-1)!.date, nameOf);
    expect(await page.locator('tbody[data-role=added] tr').count()).toBe(pair.added.length);
    expect(await page.locator('tbody[data-role=removed] tr').count()).toBe(pair.removed.length);
    expect(pair.added.length).toBeGreaterThan(0);
    expect(await page.locator('tbody[data-role=added] tr').first().textContent()).toContain(pair.added[0]!.agency);
    expect(await page.locator('[data-role=pick]').isVisible()).toBe(false);
    const href = await page.locator('[data-role=csv]').getAttribute('href');
    const csv = await (await fetch(new URL(href!, page.url()))).text();
    expect(csv).toBe(pairCsv(pair));
    await context.close();
  });

  it('picking two sheets updates the counts and names, the URL, and the CSV download', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await gotoSettled(page, `${baseUrl}es/changes/`);
    expect(requests.some((u) => u.endsWith('/data/changes.json'))).toBe(false);
    const from = changes[0]!.date;
    const to = '2025-03-31';
    await page.locator('[data-role=from]').selectOption(from);
    await page.locator('[data-role=to]').selectOption(to);
    // The Spanish page sorts by Spanish place names (Carolina del Norte under C).
    const pair = comparePair(changes, from, to, (u) => placeName('es', u, nameOf(u)));
    await expect.poll(() => page.locator('tbody[data-role=added] tr').count()).toBe(pair.added.length);
    expect(await page.locator('tbody[data-role=removed] tr').count()).toBe(pair.removed.length);
    const tx = pair.added.filter((c) => c.state === 'TX').length;
    expect(await page.locator('tbody[data-role=states] tr[data-state=TX] td').first().textContent()).toBe(new Intl.NumberFormat('es-US').format(tx));
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    expect(new URL(page.url()).searchParams.get('to')).toBe(to);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-role=csv]').click()]);
    expect(download.suggestedFilename()).toBe(`287g-changes-${from}-to-${to}.csv`);
    // The Spanish page's download has the Spanish header row.
    // Read through a stream: the suite's shared browser is a remote connection, which has no local path.
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv).toBe(pairCsv(pair, 'es'));
    expect(csv.split('\n')[0]).toContain('nombre_agencia');
    // The permalink restores the pair.
    await settled(page, () => page.reload());
    await expect.poll(() => page.locator('tbody[data-role=added] tr').count()).toBe(pair.added.length);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('has no axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser(), { bypassCSP: true, colorScheme });
      await gotoSettled(page, `${baseUrl}changes/`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
