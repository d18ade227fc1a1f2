/**
 * Words (issue #20): the January 2025 point is named once as what it is (an archived ICE web page,
 * not "the ICE sheet"); the methodology's agency count and the home page's are reconciled in words
 * (the territories), checked against summary.json's own parts; the downloads are described, not
 * linked as pages; keyboard help shows at most once on a phone; Spanish copy-edit fixes hold.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { dictionaries, type Lang } from '@i18n/index.ts';
import { fmtDate, fmtInt } from '@lib/intl-format.ts';
import type { Summary } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const first = summary.snapshots[0]!;
const prefix = (lang: Lang) => (lang === 'es' ? 'es/' : '');
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
const html = (p: string) => fs.readFileSync(`dist/${p}index.html`, 'utf8');
const text = (p: string) => html(p).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('words (expected values read from public/data and the dictionaries)', () => {
  it.each(['en', 'es'] as const)('%s: January 2025 is an archived ICE web page, never "the ICE sheet of" that date', async (lang) => {
    expect(first.source).toBe('wayback-derived');
    const d = dictionaries[lang];
    const date = fmtDate(lang, first.date);
    const wrong = fill(d['timeline.source.sheet'], { date });
    const right = fill(d['timeline.source.wayback'], { date });
    const { page, context, errors } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}${prefix(lang)}?date=${first.date.slice(0, 7)}`);
    // The table caption (the table may be collapsed, so its text, not what is painted).
    await expect.poll(() => page.locator('[data-tl=caption]').textContent(), { timeout: 15000 }).toContain(right);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(wrong);
    expect(body).toContain(fill(d['timeline.sheetWayback'], { date }));
    // The summary sentence leaves the source to the line beside the map (said once there).
    expect(await page.locator('[data-testid=summary-sentence]').innerText()).not.toContain(right);
    // The state page's month note for that month names the archived page too.
    const notes = JSON.parse((/data-notes="([^"]*)"/.exec(html(`${prefix(lang)}states/tx/`))![1]!).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as Record<string, string[]>;
    expect(notes[first.date.slice(0, 7)]![0]).toContain(right);
    expect(JSON.stringify(notes)).not.toContain(wrong);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['en', 'es'] as const)('%s: methodology reconciles its agency count with the home page (territories)', (lang) => {
    const territories = summary.territories.reduce((n, x) => n + x.agencies, 0);
    expect(summary.countyMatch.agencies).toBe(summary.national.agencies + territories);
    const meth = text(`${prefix(lang)}methodology/`);
    const n = (x: number) => fmtInt(lang, x);
    for (const x of [summary.countyMatch.agencies, summary.national.agencies, territories]) expect(meth).toContain(n(x));
    expect(text(prefix(lang))).toContain(n(summary.national.agencies));
  });

  it.each(['en', 'es'] as const)('%s: methodology describes each JSON download instead of linking bare file names', (lang) => {
    const page = html(`${prefix(lang)}methodology/`);
    for (const f of ['timeline.json', 'changes.json', 'checks.json']) {
      const li = new RegExp(`<li[^>]*><a href="[^"]*data/${f.replace('.', '\\.')}"[^>]*download[^>]*>.*?</li>`).exec(page)?.[0];
      expect(li, f).toBeDefined();
      expect(li!.replace(/<[^>]+>/g, '').length, f).toBeGreaterThan(80);
    }
    expect(page).not.toMatch(/·\s*<a [^>]*>(timeline|changes|checks)\.json<\/a>/);
  });

  it('keyboard help shows at most once on a phone', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await gotoSettled(page, baseUrl);
    const shown = await page.evaluate((help) => [...document.querySelectorAll('body *')]
      .filter((e) => e.children.length === 0 && (e.textContent ?? '').includes(help))
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2 && getComputedStyle(e).visibility !== 'hidden'; }).length,
    dictionaries.en['map.keys'].slice(0, 20));
    expect(shown).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('Spanish pages carry the copy-edit fixes (no "inscrita", untranslated "Comptroller" or "(endorse)")', () => {
    for (const s of summary.states) {
      const t = text(`es/states/${s.usps.toLowerCase()}/`);
      for (const bad of ['Versión final (inscrita)', 'del Comptroller', '(endorse)']) expect(t, `${s.usps} ${bad}`).not.toContain(bad);
    }
  });

  it('Texas names its comparison states for what they are', () => {
    expect(text('states/tx/')).toContain(dictionaries.en['state.similar']);
    expect(dictionaries.en['state.similar']).toMatch(/nearest/);
  });
});
