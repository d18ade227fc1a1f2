/**
 * The per-state share card (1200x630, Open Graph size) as an SVG string, drawn from the same
 * Albers geometry as the page map. Rendered to PNG at build time by resvg with a bundled font, so
 * the card needs no browser and no network. All text arrives already translated and is escaped here.
 */
import { geoPath, geoIdentity } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  site: string;
  title: string;
  /** One sentence: the state's stance in plain words. */
  stance: string;
  /** Up to three short lines of key numbers. */
  facts: string[];
  footer: string;
}

export interface CardColors {
  background: string;
  text: string;
  muted: string;
  land: string;
  border: string;
  highlight: string;
  accent: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Width in px of a line of text at a font size, bold or not (measured with the card's own font by og-card.ts). */
export type Measure = (text: string, size: number, bold: boolean) => number;
/** Fallback estimate when no font is at hand: DejaVu Sans averages about 0.6 em (bold 0.66 em). */
export const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.66 : 0.6);

/** The text column: from x=60 to the map's box, and from the top bar to the footer. */
export const TEXT_LEFT = 60;
export const TEXT_WIDTH = 560;
export const TEXT_BOTTOM = 548;

/** Greedy word wrap by measured width; never cuts a word or adds an ellipsis (null: it does not fit in maxLines). */
export function wrap(text: string, width: number, size: number, bold: boolean, maxLines: number, measure: Measure): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines || lines.some((l) => measure(l, size, bold) > width)) return null;
  return lines;
}

interface Block { text: string; sizes: number[]; bold: boolean; maxLines: number; gap: number }
export interface PlacedLine { text: string; x: number; y: number; size: number; bold: boolean }

/**
 * Places title, stance sentence and facts in the text column: each block takes the largest of its
 * font sizes at which it wraps into its line budget, and if the column overflows, every block steps
 * down a size. Throws (failing the build) rather than cut a word.
 */
export function layoutText(text: CardText, measure: Measure): PlacedLine[] {
  const blocks: Block[] = [
    { text: text.title, sizes: [72, 60, 52, 44], bold: true, maxLines: 2, gap: 26 },
    { text: text.stance, sizes: [34, 30, 27, 24], bold: false, maxLines: 3, gap: 30 },
    ...text.facts.slice(0, 3).map((f) => ({ text: f, sizes: [28, 25, 23, 21], bold: true, maxLines: 2, gap: 14 })),
  ];
  for (let step = 0; step < 4; step++) {
    const out: PlacedLine[] = [];
    let y = 106; // top of the title's line box
    for (const b of blocks) {
      const options = b.sizes.slice(Math.min(step, b.sizes.length - 1));
      let lines: string[] | null = null;
      let size = options[0]!;
      for (const s of options) {
        size = s;
        lines = wrap(b.text, TEXT_WIDTH, s, b.bold, b.maxLines, measure);
        if (lines) break;
      }
      if (!lines) throw new Error(`share card: "${b.text}" does not fit ${TEXT_WIDTH}px in ${b.maxLines} lines`);
      const lh = Math.round(size * 1.25);
      for (const l of lines) {
        y += lh;
        out.push({ text: l, x: TEXT_LEFT, y: y - Math.round(size * 0.28), size, bold: b.bold });
      }
      y += b.gap;
    }
    if (y - blocks.at(-1)!.gap <= TEXT_BOTTOM) return out;
  }
  throw new Error(`share card for ${text.title}: the text does not fit the column`);
}

export function shareCardSvg(states: Topology, fips: string, text: CardText, colors: CardColors, fontFamily = 'DejaVu Sans', measure: Measure = estimate): string {
  const coll = states.objects.states as GeometryCollection;
  const all = feature(states, coll) as FeatureCollection;
  const target = all.features.find((f) => String(f.id) === fips) as Feature | undefined;
  // Map box on the right; the Albers coordinates are already projected, so only fit and scale.
  const box: [[number, number], [number, number]] = [[640, 120], [1160, 470]];
  const path = geoPath(geoIdentity().fitExtent(box, all));
  const borders = path(mesh(states, coll, (a, b) => a !== b)) ?? '';
  const placed = layoutText(text, measure);
  const e = escapeXml;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${e(fontFamily)}">
<rect width="100%" height="100%" fill="${colors.background}"/>
<rect x="0" y="0" width="${CARD_WIDTH}" height="12" fill="${colors.accent}"/>
<text x="60" y="92" font-size="28" fill="${colors.muted}">${e(text.site)}</text>
${placed.map((l) => `<text x="${l.x}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${colors.text}">${e(l.text)}</text>`).join('\n')}
<text x="60" y="590" font-size="24" fill="${colors.muted}">${e(text.footer)}</text>
<path d="${path(all) ?? ''}" fill="${colors.land}"/>
${target ? `<path d="${path(target) ?? ''}" fill="${colors.highlight}" stroke="${colors.text}" stroke-width="2"/>` : ''}
${target ? ring(path, target, colors.text) : ''}
<path d="${borders}" fill="none" stroke="${colors.border}" stroke-width="1"/>
</svg>`;
}

/** Small states (RI, DC, DE...) would be a speck on the card: ring them so the eye finds them. */
function ring(path: ReturnType<typeof geoPath>, target: Feature, color: string): string {
  const [[x0, y0], [x1, y1]] = path.bounds(target);
  if (Math.max(x1 - x0, y1 - y0) > 24) return '';
  const [cx, cy] = path.centroid(target);
  return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="18" fill="none" stroke="${color}" stroke-width="3"/>`;
}
