/** src/lib/share-card.ts: escaping, word wrap, the text column's layout and the card SVG. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
  CARD_HEIGHT, CARD_WIDTH, TEXT_BOTTOM, TEXT_LEFT, TEXT_WIDTH, escapeXml, estimate, layoutText, shareCardSvg, wrap, type CardText, type Measure,
} from '@lib/share-card.ts';

const topo = JSON.parse(fs.readFileSync('public/data/states-albers.topojson', 'utf8')) as Topology;
/** Every character 10 px wide at any size: widths are easy to reason about. */
const mono: Measure = (text) => text.length * 10;
const colors = { background: '#fff', text: '#111', muted: '#555', land: '#ddd', border: '#fff', highlight: '#b35806', accent: '#0b5cad' };
const text = (over: Partial<CardText> = {}): CardText => ({
  site: 'Cooperation Divide', title: 'Texas', stance: 'State law requires local cooperation with ICE.', facts: ['313 agreements', '1 in 3 counties'], footer: 'example.org', ...over,
});

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('Nuevo México · 287(g)')).toBe('Nuevo México · 287(g)');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('wrap', () => {
  it('fills lines greedily up to the width, never splitting a word', () => {
    expect(wrap('aaa bbb ccc ddd', 70, 10, false, 3, mono)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('aaa bbb ccc ddd', 69, 10, false, 4, mono)).toEqual(['aaa', 'bbb', 'ccc', 'ddd']);
    expect(wrap('  aaa\n\tbbb  ', 200, 10, false, 1, mono)).toEqual(['aaa bbb']);
  });
  it('gives null (no ellipsis) when a word is wider than the line or the lines run over', () => {
    expect(wrap('aaaaaaaa', 70, 10, false, 3, mono)).toBeNull();
    expect(wrap('aaa bbb ccc ddd', 69, 10, false, 3, mono)).toBeNull();
    expect(wrap('', 70, 10, false, 1, mono)).toEqual([]);
  });
  it('the fallback estimate is wider for bold', () => {
    expect(estimate('abcd', 10, true)).toBeGreaterThan(estimate('abcd', 10, false));
    expect(estimate('abcd', 10, false)).toBeCloseTo(24);
  });
});

describe('layoutText', () => {
  it('keeps every word, in order, inside the text column, top to bottom', () => {
    const t = text();
    const lines = layoutText(t, estimate);
    expect(lines.map((l) => l.text).join(' ')).toBe([t.title, t.stance, ...t.facts].join(' '));
    for (const l of lines) {
      expect(l.x).toBe(TEXT_LEFT);
      expect(estimate(l.text, l.size, l.bold)).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(l.y).toBeLessThanOrEqual(TEXT_BOTTOM);
    }
    expect(lines.map((l) => l.y)).toEqual([...lines.map((l) => l.y)].sort((a, b) => a - b));
    expect(lines[0]).toMatchObject({ size: 72, bold: true });
  });
  it('steps the title down a size rather than cut it, and only shows three facts', () => {
    const long = layoutText(text({ title: 'District of Columbia and more' }), estimate);
    expect(long[0]!.size).toBeLessThan(72);
    const four = layoutText(text({ facts: ['a', 'b', 'c', 'd'] }), estimate);
    expect(four.map((l) => l.text)).not.toContain('d');
  });
  it('throws (failing the build) when a word cannot fit', () => {
    expect(() => layoutText(text({ title: 'W'.repeat(40) }), estimate)).toThrow(/does not fit/);
  });
});

describe('shareCardSvg (real Albers topology)', () => {
  it('is a 1200×630 SVG with every text escaped', () => {
    const svg = shareCardSvg(topo, '48', text({ title: 'Texas <b>&', footer: 'a "b"' }), colors);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
    expect(svg).toContain('Texas &lt;b&gt;&amp;');
    expect(svg).toContain('a &quot;b&quot;');
    expect(svg).not.toContain('<b>');
  });
  it('highlights the state; rings a small state but not a large one; no state, no highlight', () => {
    const highlight = (svg: string) => svg.match(new RegExp(`fill="${colors.highlight}"`, 'g'))?.length ?? 0;
    const tx = shareCardSvg(topo, '48', text(), colors);
    const ri = shareCardSvg(topo, '44', text({ title: 'Rhode Island' }), colors);
    expect(highlight(tx)).toBe(1);
    expect(tx).not.toContain('<circle');
    expect(ri).toContain('<circle');
    expect(highlight(shareCardSvg(topo, '99', text(), colors))).toBe(0);
  });
  it('draws the map inside its box on the right of the text column', () => {
    const svg = shareCardSvg(topo, '48', text(), colors);
    const land = svg.match(/<path d="([^"]+)" fill="#ddd"/)![1]!;
    const xs = [...land.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(640 - 0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1160 + 0.5);
    expect(Math.min(...xs)).toBeGreaterThan(TEXT_LEFT + TEXT_WIDTH);
  });
});
