/**
 * Walks every built page in both languages (static HTML in dist/) and fails on untranslated text:
 * - no English dictionary phrase on a Spanish page, and no Spanish phrase on an English page;
 * - no English-looking text node or label attribute on a Spanish page, except inside elements that
 *   declare themselves English (lang="en": the language switch, quoted titles) or proper names
 *   (translate="no": agency names, bill names, source titles).
 * Pages built in the browser (compare, presentation mode, the map panel) are read after their scripts ran,
 * and the share-card text of every state is checked the same way, plus: each card line fits the card.
 * All Spanish text is also checked against the calques the copy review ruled out (src/i18n/calques.mjs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { findCalques } from '../../src/i18n/calques.mjs';
import { cardText, measureText } from '@lib/og-card.ts';
import { layoutText } from '@lib/share-card.ts';
import { en } from '@i18n/en.ts';
import { es } from '@i18n/es.ts';

type Node = { nodeName: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; content?: Node };

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['data', '_astro', 'og'].includes(e.name) ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}
const all = htmlFiles('dist');
const esPages = all.filter((f) => f.startsWith(`dist${path.sep}es${path.sep}`));
const enPages = all.filter((f) => !esPages.includes(f));

const LABEL_ATTRS = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription'];
const META_NAMES = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description']);

/** Text nodes and label attributes, skipping what is not prose (scripts, styles, SVG path data) and exempt subtrees. */
function texts(file: string, exempt: (n: Node) => boolean, html = fs.readFileSync(file, 'utf8')): string[] {
  const doc = parse(html) as unknown as Node;
  const out: string[] = [];
  const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
  const walk = (n: Node) => {
    if (['script', 'style', 'noscript', 'path', 'code'].includes(n.nodeName)) return;
    if (n.nodeName !== '#document' && exempt(n)) return;
    if (n.nodeName === '#text' && n.value?.trim()) out.push(n.value.trim());
    if (n.nodeName === 'title') out.push(n.childNodes?.map((c) => c.value ?? '').join('') ?? '');
    if (n.nodeName === 'meta' && META_NAMES.has(attr(n, 'name') ?? attr(n, 'property') ?? '')) out.push(attr(n, 'content') ?? '');
    for (const a of LABEL_ATTRS) {
      const v = attr(n, a);
      if (v) out.push(v);
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(doc);
  return out;
}
const hasAttr = (n: Node, name: string, value?: string) => n.attrs?.some((a) => a.name === name && (value === undefined || a.value === value)) ?? false;

/** Literal pieces (between {placeholders}) of the strings that differ between the languages. */
function phrases(from: Record<string, string>, other: Record<string, string>): string[] {
  // A phrase the other language quotes on purpose (e.g. the official English model names) is allowed.
  const quoted = Object.values(other).join('\n');
  return Object.entries(from)
    .filter(([k, s]) => s !== other[k])
    .flatMap(([, s]) => s.split(/\{\w+(?::lower)?\}/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 14 && s.includes(' ') && !quoted.includes(s));
}

/**
 * Official measure names (bill numbers, act titles) that the Spanish policy file keeps in English (name: null):
 * a Spanish page may name a bill by its English title. Descriptive English names have a Spanish one and stay checked.
 */
const OFFICIAL_NAMES = Object.values(
  (parseYaml(fs.readFileSync('data-pipeline/sources/policy/state-policies-v2.es.yaml', 'utf8')) as {
    states: Record<string, { measures: Array<{ en: string; name: string | null }> }>;
  }).states,
).flatMap((s) => s.measures.filter((m) => m.name === null).map((m) => m.en)).sort((a, b) => b.length - a.length);

const EN_WORDS = new Set('the and of to in on for with from by is are was were this that which these than agreements agreement agencies states county counties signed active law more data'.split(' '));
const ES_WORDS = new Set('de la el los las y en que por con para del al se un una es son este esta estos más sin sobre entre acuerdos estados condado ley datos'.split(' '));
/** English when English function words outnumber Spanish ones (a Spanish sentence quoting an English act name passes). */
function looksEnglish(s: string): boolean {
  // URLs (also shown without the scheme, as source link text) and USPS codes.
  if (/^https?:\/\//.test(s) || /^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(s) || /^[A-Z]{2}$/.test(s)) return false;
  // Official titles quoted in parentheses, “ ” or «» and the policy table's official measure names are proper names.
  const words = OFFICIAL_NAMES.reduce((x, n) => x.split(n).join(' '), s).replace(/\([^)]*\)|«[^»]*»|“[^”]*”/g, ' ').toLowerCase().match(/[a-záéíóúñü']+/g) ?? [];
  const enCount = words.filter((w) => EN_WORDS.has(w)).length;
  const esCount = words.filter((w) => ES_WORDS.has(w)).length;
  return enCount >= 1 && enCount > esCount;
}

const spanishExempt = (n: Node) => hasAttr(n, 'lang', 'en') || hasAttr(n, 'translate', 'no');
/** English phrases, English-looking text and ruled-out calques in the texts of one Spanish page. */
function spanishProblems(where: string, found: string[]): string[] {
  const joined = found.join('\n');
  return [
    ...phrases(en, es).filter((p) => joined.includes(p)).map((p) => `${where}: dictionary phrase "${p}"`),
    ...found.filter(looksEnglish).map((s) => `${where}: "${s.slice(0, 120)}"`),
    // Terms only: the version 1 policy notes quote sources with straight quotes and ISO dates.
    ...found.flatMap((s) => findCalques(s, { typography: false }).map((c) => `${where}: ${c}`)),
  ];
}

describe('every page in both languages', () => {
  it('finds the pages of both languages', () => {
    expect(esPages.length).toBeGreaterThanOrEqual(55);
    // Spanish has one extra file: es/404.html, a copy of es/404/index.html for static hosts.
    expect(esPages.length).toBe(enPages.length + 1);
  });

  it('Spanish pages carry no English dictionary phrase and no English-looking text outside proper names', () => {
    const enPhrases = phrases(en, es);
    const problems: string[] = [];
    for (const file of esPages) {
      const found = texts(file, spanishExempt);
      const joined = found.join('\n');
      for (const p of enPhrases) if (joined.includes(p)) problems.push(`${file}: dictionary phrase "${p}"`);
      for (const s of found) if (looksEnglish(s)) problems.push(`${file}: "${s.slice(0, 120)}"`);
      for (const s of found) for (const c of findCalques(s, { typography: false })) problems.push(`${file}: ${c}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });

  it('English pages carry no Spanish dictionary phrase', () => {
    const esPhrases = phrases(es, en);
    const problems: string[] = [];
    for (const file of enPages) {
      const joined = texts(file, (n) => hasAttr(n, 'lang', 'es')).join('\n');
      for (const p of esPhrases) if (joined.includes(p)) problems.push(`${file}: "${p}"`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });

  it('declares the page language and links the other language', () => {
    for (const [files, lang, other] of [[esPages, 'es', 'en'], [enPages, 'en', 'es']] as const) {
      for (const file of files) {
        const html = fs.readFileSync(file, 'utf8');
        expect(html, file).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
        // Redirects, not-found pages and embeds (noindex, canonical to the full page) have no alternates.
        if (html.includes('http-equiv="refresh"') || /404|embed/.test(file)) continue;
        expect(html, file).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}"`));
      }
    }
  });
});

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as { states: Array<{ usps: string }> };

describe('Spanish text built in the browser and on the share cards', () => {
  it('the compare page, presentation mode and the map panel show no English and no ruled-out calque', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const read = async (where: string) => problems.push(...spanishProblems(where, texts(where, spanishExempt, await page.content())));

    // Mississippi and New York have Spanish exonyms and descriptive measure names; DC takes an article.
    await gotoSettled(page, `${baseUrl}es/compare/?states=ny,ms,dc,tx`);
    await page.locator('.cmp-col').nth(3).waitFor();
    expect(await page.locator('.cmp-col h2').allTextContents()).toEqual(['Nueva York', 'Misisipi', 'Distrito de Columbia', 'Texas']);
    expect(await page.locator('[data-role=status]').innerText()).toContain('Comparación de Nueva York, Misisipi, el Distrito de Columbia y Texas.');
    await read('/es/compare/?states=ny,ms,dc,tx');

    await gotoSettled(page, `${baseUrl}es/?present`);
    await page.locator('[data-present-ui][data-step="1"]').waitFor();
    const captions: string[] = [];
    for (let i = 0; ; i++) {
      captions.push(await page.locator('[data-present-ui] [data-role=caption]').innerText());
      await read(`/es/?present step ${i + 1}`);
      if (await page.locator('[data-present-ui] [data-role=next]').isDisabled()) break;
      await page.keyboard.press('ArrowRight');
      await page.locator(`[data-present-ui][data-step="${i + 2}"]`).waitFor();
    }
    expect(captions.length).toBeGreaterThanOrEqual(5);
    for (const english of ['New York', 'Mississippi', 'Missouri', 'Pennsylvania', 'New Jersey', 'New Mexico'])
      expect(captions.join(' '), english).not.toContain(english);

    for (const code of ['ny', 'ms', 'dc']) {
      await gotoSettled(page, `${baseUrl}es/?state=${code}`);
      await page.locator('[data-role=panel] [data-role=body] li').first().waitFor();
      await read(`/es/?state=${code} (panel)`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every Spanish share card is in Spanish and each of its lines fits without being cut', () => {
    const problems: string[] = [];
    for (const { usps } of summary.states) {
      const card = cardText(usps.toLowerCase(), 'es');
      const where = `es/og/${usps.toLowerCase()}.png`;
      problems.push(...spanishProblems(where, [card.site, card.title, card.stance, ...card.facts, card.footer]));
      // The card's own layout (share-card.ts, measured with its font) places every word; it throws rather than cut one.
      try {
        const words = layoutText(card, measureText).map((l) => l.text).join(' ');
        for (const f of [card.title, card.stance, ...card.facts]) if (!words.includes(f.split(/\s+/).at(-1)!)) problems.push(`${where}: cut: "${f}"`);
      } catch (e) {
        problems.push(`${where}: ${String(e)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
