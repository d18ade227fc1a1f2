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

/** Greedy word wrap by an average glyph width; good enough for a 2-3 line card heading. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\W*\s*\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export function shareCardSvg(states: Topology, fips: string, text: CardText, colors: CardColors, fontFamily = 'DejaVu Sans'): string {
  const coll = states.objects.states as GeometryCollection;
  const all = feature(states, coll) as FeatureCollection;
  const target = all.features.find((f) => String(f.id) === fips) as Feature | undefined;
  // Map box on the right; the Albers coordinates are already projected, so only fit and scale.
  const box: [[number, number], [number, number]] = [[640, 120], [1160, 470]];
  const path = geoPath(geoIdentity().fitExtent(box, all));
  const borders = path(mesh(states, coll, (a, b) => a !== b)) ?? '';
  const lines = wrap(text.stance, 34, 3);
  const e = escapeXml;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${e(fontFamily)}">
<rect width="100%" height="100%" fill="${colors.background}"/>
<rect x="0" y="0" width="${CARD_WIDTH}" height="12" fill="${colors.accent}"/>
<text x="60" y="92" font-size="28" fill="${colors.muted}">${e(text.site)}</text>
<text x="60" y="178" font-size="72" font-weight="bold" fill="${colors.text}">${e(text.title)}</text>
${lines.map((l, i) => `<text x="60" y="${252 + i * 44}" font-size="34" fill="${colors.text}">${e(l)}</text>`).join('\n')}
${text.facts.slice(0, 3).map((f, i) => `<text x="60" y="${420 + i * 44}" font-size="28" font-weight="bold" fill="${colors.text}">${e(wrap(f, 36, 1)[0] ?? '')}</text>`).join('\n')}
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
