/**
 * Share cards (issue #20): all 102 cards (51 states × 2 languages) keep every line whole (no ellipsis,
 * every word of the texts present) and inside the text column, checked on the rendered pixels: the
 * strip between the text column and the map, and the band under the footer, hold no ink.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { cardSvg } from '../../src/lib/og-card.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

const require = createRequire(import.meta.url);
const FONTS = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as { states: { usps: string }[] };
const codes = summary.states.map((s) => s.usps.toLowerCase());
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

/** Pixels of the card with its map removed (paths and rings), so only text can mark the checked areas. */
function textPixels(svg: string) {
  const noMap = svg.replace(/<path [^>]*\/>/g, '').replace(/<circle [^>]*\/>/g, '');
  const img = new Resvg(noMap, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
  return { w: img.width, px: img.pixels };
}
const inkIn = (p: { w: number; px: Buffer }, x0: number, x1: number, y0: number, y1: number) => {
  const [r, g, b] = [p.px[(20 * p.w + 5) * 4]!, p.px[(20 * p.w + 5) * 4 + 1]!, p.px[(20 * p.w + 5) * 4 + 2]!]; // background
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const i = (y * p.w + x) * 4;
    if (Math.abs(p.px[i]! - r) + Math.abs(p.px[i + 1]! - g) + Math.abs(p.px[i + 2]! - b) > 30) return { x, y };
  }
  return null;
};

describe('share cards fit', () => {
  it.each(['en', 'es'] as const)('%s: every line of all 51 cards is whole and inside the text column', (lang) => {
    for (const code of codes) {
      const svg = cardSvg(code, lang);
      const lines = texts(svg);
      expect(lines.join(' '), code).not.toContain('…');
      expect(lines.join(' '), code).not.toContain('...');
      const p = textPixels(svg);
      // Right of the column (x 622–1200) beside the map, under the site line: no text ink.
      expect(inkIn(p, 622, 1200, 108, 560), `${lang} ${code} text right of the column`).toBeNull();
      // Between the last fact and the footer, and below the footer: nothing runs into them.
      expect(inkIn(p, 0, 1200, 600, 630), `${lang} ${code} below the footer`).toBeNull();
    }
  });

  it('the Texas cards carry the whole coverage and rank lines', () => {
    // The dictionary's sentence with its numbers as \d+: the whole sentence, in one or two lines.
    const pattern = (tpl: string) => new RegExp(tpl.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[\\d,.]+'));
    for (const [lang, dict] of [['en', en], ['es', es]] as const) {
      const words = texts(cardSvg('tx', lang)).join(' ');
      expect(words).toMatch(pattern(dict['card.coverage']));
      expect(words).toMatch(pattern(dict['card.rank']));
    }
  });
});

describe('share card for the District of Columbia (no counties)', () => {
  it.each([['en', en], ['es', es]] as const)('%s: says it has no counties instead of "0 of 1 counties"', (lang, dict) => {
    const lines = texts(cardSvg('dc', lang)).join(' ');
    expect(lines).toContain(dict['card.noCounties'].split(' ').slice(0, 2).join(' '));
    expect(lines).not.toMatch(/\b0 (of|de) 1\b/);
  });
});
