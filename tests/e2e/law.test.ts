/**
 * State law you can publish (issue 13), checked in the built site: no editors' text and no
 * content-farm host anywhere a reader can reach, every source a ranked http(s) link, and the law in
 * force at every month: scrubbing recolors the states whose law changed, the legend counts follow,
 * and the law-vs-practice flag explains the dates (New Mexico, Maryland). The oracles are the policy
 * YAML (read here with the yaml package) and dated facts from its measures, not the site's own data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const policy = parseYaml(fs.readFileSync('data-pipeline/sources/policy/state-policies-v2.yaml', 'utf8')) as {
  states: Array<{ state: string; research_open?: string | null }>;
};
const deny = fs.readFileSync('data-pipeline/sources/policy/content-farms.txt', 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);

function walk(dir: string, exts: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, exts) : exts.test(e.name) ? [p] : [];
  });
}
/** Distinctive phrases of the editors' notes: every clause of 30+ characters. */
const researchPhrases = policy.states
  .flatMap((s) => (s.research_open ?? '').split(/(?<=[.;:])\s+|\n+/))
  .map((x) => x.trim().replace(/\s+/g, ' '))
  .filter((x) => x.length >= 30);

describe('what readers never see', () => {
  const files = walk('dist', /\.(html|json|csv|xml|txt|js)$/);
  const decoded = (f: string) => fs.readFileSync(f, 'utf8').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

  it('no built page, script, reader data file or download contains text from research_open', () => {
    expect(researchPhrases.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(300);
    const hits: string[] = [];
    for (const f of files) {
      const text = decoded(f);
      if (/research_open|researchOpen/.test(text)) hits.push(`${f}: research_open`);
      for (const ph of researchPhrases) if (text.includes(ph)) hits.push(`${f}: ${ph.slice(0, 60)}`);
    }
    expect(hits).toEqual([]);
  });

  it('no built file links to a host on the content-farm list', () => {
    const hits = files.filter((f) => deny.some((h) => new RegExp(`https?://([a-z0-9-]+\\.)*${h.replace(/\./g, '\\.')}[/"'\\s]`, 'i').test(fs.readFileSync(f, 'utf8'))));
    expect(hits).toEqual([]);
  });

  it('every source on every state page, in both languages, is an http(s) link with its tier label', () => {
    const labels = { en: ['Official text', 'News', 'Other'], es: ['Texto oficial', 'Noticias', 'Otras'] };
    for (const lang of ['en', 'es'] as const) {
      for (const dir of fs.readdirSync(`dist/${lang === 'es' ? 'es/' : ''}states`).filter((d) => /^[a-z]{2}$/.test(d))) {
        const html = fs.readFileSync(`dist/${lang === 'es' ? 'es/' : ''}states/${dir}/index.html`, 'utf8');
        const srcs = [...html.matchAll(/<span class="src"[^>]*><a href="([^"]*)"[^>]*>[^<]*<\/a> <span class="tier tier-(\w+)"[^>]*>([^<]*)<\/span>/g)];
        const count = (html.match(/class="src"/g) ?? []).length;
        expect(srcs.length, `${lang} ${dir}`).toBe(count);
        for (const [, href, tier, label] of srcs) {
          expect(href, `${lang} ${dir}`).toMatch(/^https?:\/\//);
          expect(labels[lang][['primary', 'news', 'secondary'].indexOf(tier!)], `${lang} ${dir} ${href}`).toBe(label);
        }
      }
    }
  });
});

/** data-d of every state shape at a ?date= month, read after the month control applied the law. */
async function lawColors(page: Page, month: string): Promise<Record<string, string>> {
  await gotoSettled(page, `${baseUrl}?date=${month}`);
  await expect.poll(() => page.locator('[data-role=tc-month]').textContent()).toMatch(/\d{4}/);
  await expect.poll(() => page.locator('[data-tl-stance=mandate]').first().textContent()).toMatch(/\(\d+\)/);
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<SVGElement>('a.st')].map((a) => [a.dataset.usps!, a.dataset.d!])));
}

describe('the law in force at every month', () => {
  it('scrubbing from January 2025 to May 2026 recolors the states whose law changed, and the legend counts follow', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const jan = await lawColors(page, '2025-01');
    const legendJan = await page.locator('.legend[data-for~=divide] .lg-n').allTextContents();
    const may = await lawColors(page, '2026-05');
    const legendMay = await page.locator('.legend[data-for~=divide] .lg-n').allTextContents();
    for (const u of ['AR', 'TX', 'MD', 'NH', 'DE', 'VA', 'SD', 'WY', 'ID', 'NE', 'MN']) expect(may[u], `${u}: ${jan[u]} -> ${may[u]}`).not.toBe(jan[u]);
    // Dated facts from the measures: Texas's SB 8 (Jan 1, 2026), Arkansas's Act 654 (Aug 5, 2025), Maryland's ban (Feb 17, 2026).
    expect([jan.TX, may.TX]).toEqual(['encourage', 'mandate']);
    expect([jan.AR, may.AR]).toEqual(['encourage', 'mandate']);
    expect([jan.MD, may.MD]).toEqual(['limit', 'prohibit']);
    // Mississippi's mandate took effect July 1, 2026, New Mexico's ban May 20, 2026: not yet on the May 18 sheet.
    expect([may.MS, may.NM]).toEqual(['encourage', 'none']);
    expect(legendMay).not.toEqual(legendJan);
    expect(await page.locator('[data-tl=mandate]').textContent()).toBe('4');
    // Undated changes are shown as such, never guessed: Maine changed after December 21, 2025.
    expect(may.ME).toBe('unknown');
    expect(await page.locator('[data-role=lg-unknown]').isVisible()).toBe(true);
    // Back at the latest month: today's law, 6 mandate and 10 prohibit.
    const now = await lawColors(page, '');
    expect(now.MS).toBe('mandate');
    expect(await page.locator('[data-tl=mandate]').textContent()).toBe('6');
    expect(await page.locator('[data-tl=prohibit]').textContent()).toBe('10');
    expect(await page.locator('[data-role=lg-unknown]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the law strip under the growth chart gives, in its tooltips, every stance count of every month of timeline.json', () => {
    const tl = JSON.parse(fs.readFileSync('public/data/timeline.json', 'utf8')) as { months: string[]; law: Record<string, Array<{ stance: string | null }>> };
    const names: Record<string, string> = { mandate: 'Mandate', encourage: 'Encourage', none: 'No statewide policy', limit: 'Limit', prohibit: 'Prohibit', unknown: 'Changed; exact date not known' };
    const want = new Set<string>();
    tl.months.forEach((_, i) => {
      const c: Record<string, number> = {};
      for (const series of Object.values(tl.law)) { const k = series[i]!.stance ?? 'unknown'; c[k] = (c[k] ?? 0) + 1; }
      for (const [k, n] of Object.entries(c)) want.add(`${names[k]}: ${n}`);
    });
    const html = fs.readFileSync('dist/index.html', 'utf8');
    const strip = html.slice(html.indexOf('<g class="gc-strip"'), html.indexOf('</g>', html.indexOf('<g class="gc-strip"')));
    const got = new Set([...strip.matchAll(/<rect[^>]*><title>([^<]+)<\/title><\/rect>/g)].map((m) => m[1]!));
    expect([...got].sort()).toEqual([...want].sort());
  });

  it('New Mexico on the May 18, 2026 sheet: the flag explains the ban came two days later', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}?state=nm&date=2026-05`);
    const note = page.locator('[data-role=mismatch]');
    await expect.poll(() => note.textContent()).toContain('May 20, 2026, 2 days after this sheet');
    expect(await note.textContent()).not.toMatch(/disagree/);
    expect(await note.getAttribute('class')).not.toMatch(/\bflag\b/);
    expect(await page.locator('[data-role=lawat]').textContent()).toBe('State law on May 18, 2026: No statewide policy');
    // The state page says the same at today's law.
    await gotoSettled(page, `${baseUrl}states/nm/`);
    expect(await page.locator('[data-testid=law-note]').textContent()).toContain('New Mexico’s ban took effect May 20, 2026, 2 days after this sheet.');
    await context.close();
  });

  it('Maryland after its February 17, 2026 ban reads as a law that took effect (Spanish too)', async () => {
    const { page, context } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await gotoSettled(page, `${baseUrl}?state=md&date=2026-02`);
    await expect.poll(() => page.locator('[data-role=mismatch]').textContent()).toContain('Maryland’s ban took effect February 17, 2026, 10 days before this sheet.');
    await gotoSettled(page, `${baseUrl}es/?state=md&date=2026-02`);
    await expect.poll(() => page.locator('[data-role=mismatch]').textContent()).toContain('La prohibición de Maryland entró en vigor el 17 de febrero de 2026, 10 días antes de esta lista.');
    await context.close();
  });

  it('the State law view at a past month and the law timeline on a state page have no axe violations', async () => {
    const { page, context } = await openPage(browser(), { bypassCSP: true, viewport: { width: 390, height: 844 } });
    await gotoSettled(page, `${baseUrl}?date=2026-01&state=me`);
    await expect.poll(() => page.locator('[data-role=lawat]').textContent()).toContain('Changed; exact date not known');
    expect(await axeViolations(page)).toEqual([]);
    await gotoSettled(page, `${baseUrl}states/tx/`);
    expect(await page.locator('.law-timeline').innerText()).toContain('SB 8 (2025), Gov. Code ch. 753 takes effect, January 1, 2026');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('/changes/ lists the law changes between the chosen sheets', async () => {
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}changes/?from=2026-02-13&to=2026-05-18`);
    const list = page.locator('[data-role=law-list]');
    await expect.poll(() => list.innerText()).toContain('Maryland: “Limit” to “Prohibit” on February 17, 2026');
    expect(await list.innerText()).not.toContain('New Mexico');
    await context.close();
  });

  it('the methodology page shows the corrections log and the students section in both languages', async () => {
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}methodology/#corrections`);
    const text = await page.locator('#corrections ~ ul.corrections').innerText();
    expect(text).toContain('Connecticut changed from "Prohibit" to "Limit"');
    expect(await page.locator('main').innerText()).toContain('8 U.S.C. § 1357(g)');
    await gotoSettled(page, `${baseUrl}es/methodology/#corrections`);
    expect(await page.locator('#corrections ~ ul.corrections').innerText()).toContain('Connecticut pasó de');
    await context.close();
  });
});
