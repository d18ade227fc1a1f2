/**
 * The explorer's whole-country view (3,100 counties, 1,300 agency dots) in a dozen SVG elements: one
 * compound path per fill class, one per outline colour, two for all the dots. An element per county
 * (svg-county-map.ts, right for one state) made the click-to-interactive 2–4 s on a slow phone: the
 * browser styled, laid out and painted 4,400 elements. Which county or dot is under the pointer is
 * found by position (county-hit.ts). One tab stop: arrow keys walk the counties A–Z as an outline
 * that carries the county's name as its label; Enter or Space shows the county, as on a state map.
 */
import type { CountyProps } from './county-data.ts';
import type { SvgStateMap } from './svg-map-data.ts';
import { countyProps, stepFor, type SvgMapOptions } from './svg-county-map.ts';
import { CountyHitTest, absolute } from './county-hit.ts';
import { inSlices } from './time-slices.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A dot's radius plus half its edge, in map units (the state map's circles: r 3.5, edge 1). */
const DOT_REACH = 4;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  return e;
}

/** Joins path data under one key each (the fill class), every part made absolute. */
function grouped<T>(items: readonly T[], key: (t: T) => string, d: (t: T) => string): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const t of items) {
    const k = key(t);
    if (!parts.has(k)) parts.set(k, []);
    parts.get(k)!.push(absolute(d(t)));
  }
  return new Map([...parts].map(([k, v]) => [k, v.join('')]));
}

export class SvgCountryMap {
  readonly svg: SVGSVGElement;
  private map: SvgStateMap | null = null;
  private hit: CountyHitTest | null = null;
  private byFips = new Map<string, number>();
  private dots: Array<[string, string, number, number]> = [];
  private run = 0;
  private cursor = 0;
  private hovered = -1;
  private frame = 0;
  private readonly fills = el('g', { class: 'counties', 'aria-hidden': 'true' });
  private readonly lines = el('g', { class: 'outlines', 'aria-hidden': 'true' });
  private readonly dotLayer: SVGGElement;
  private readonly hover = el('path', { class: 'hover', 'aria-hidden': 'true', fill: 'none', 'pointer-events': 'none' });
  private readonly chosen = el('path', { class: 'chosen', 'aria-hidden': 'true', fill: 'none', 'pointer-events': 'none' });
  private readonly chosenDot = el('circle', { class: 'selected', r: '3.5', visibility: 'hidden', 'pointer-events': 'none' });
  private readonly focus = el('path', { class: 'focus', role: 'button', tabindex: '0', fill: 'none', 'pointer-events': 'none' });
  private readonly tip = document.createElementNS(SVG, 'title');

  constructor(private readonly host: HTMLElement, private readonly o: SvgMapOptions) {
    this.svg = el('svg', { class: 'svg-map country', role: 'group', 'aria-label': o.mapLabel });
    this.dotLayer = el('g', { class: 'dots', 'aria-hidden': 'true', fill: o.dot.fill, stroke: o.dot.stroke });
    this.svg.addEventListener('click', (e) => {
      const at = this.at(e);
      if (typeof at === 'string') this.o.onAgency(at);
      else if (at >= 0) this.pick(at);
    });
    this.svg.addEventListener('keydown', (e) => this.key(e));
    this.svg.addEventListener('pointermove', (e) => {
      // One hit test per frame, however fast the pointer moves.
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.hoverAt(e);
      });
    });
    this.svg.addEventListener('pointerleave', () => this.outline(this.hover, -1));
    host.replaceChildren(this.svg);
  }

  /** Stops a draw in progress (another map has taken the box). */
  stop(): void {
    this.run++;
  }

  /** Builds the layers a slice each; resolves false when a later draw stopped this one. */
  draw(map: SvgStateMap): Promise<boolean> {
    const run = ++this.run;
    this.map = map;
    this.hit = new CountyHitTest(map.counties.map((c) => c[2]));
    this.byFips = new Map(map.counties.map((c, i) => [c[0], i]));
    this.dots = map.agencies.flatMap((a) => (a.length > 4 ? [[a[0], a[1], a[4], a[5]] as [string, string, number, number]] : []));
    this.svg.setAttribute('viewBox', `0 0 ${map.width} ${map.height}`);
    this.svg.replaceChildren(this.fills, this.lines, this.hover, this.chosen, this.dotLayer, this.focus);
    this.fills.replaceChildren();
    this.lines.replaceChildren();
    this.dotLayer.replaceChildren();
    if (!this.svg.isConnected) this.host.replaceChildren(this.svg);
    this.outline(this.hover, -1);
    this.outline(this.chosen, -1);
    this.moveCursor(0);
    const layers = [
      () => {
        const byStep = grouped(map.counties, (c) => String(stepFor(c[3])), (c) => c[2]);
        for (const [step, d] of [...byStep].sort()) this.fills.append(el('path', { d, fill: this.o.steps[Number(step)]!, 'data-step': step }));
      },
      () => {
        // One path per state, in the state map's order, so shared borders look as they do there.
        for (const [stance, d] of map.outlines) this.lines.append(el('path', { d, stroke: this.o.stance[stance] ?? this.o.stance.none!, 'data-stance': stance }));
      },
      () => {
        // Every dot a circle (two arcs) of one path: the edges are painted over all the fills, so each stays visible.
        const d = this.dots.map(([, , x, y]) => `M${x - 3.5} ${y}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0`).join('');
        this.dotLayer.append(el('path', { d }), this.chosenDot);
      },
    ];
    return inSlices(layers, (draw) => draw(), () => run === this.run);
  }

  /** An agency id (a dot is on top), a county's index, or -1, for a pointer event. */
  private at(e: MouseEvent): string | number {
    const m = this.svg.getScreenCTM();
    if (!m || !this.hit) return -1;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    let best: string | null = null;
    let bestD = DOT_REACH * DOT_REACH;
    for (const [id, , x, y] of this.dots) {
      const d = (x - p.x) ** 2 + (y - p.y) ** 2;
      if (d <= bestD) [best, bestD] = [id, d];
    }
    return best ?? this.hit.at(p.x, p.y);
  }

  private hoverAt(e: PointerEvent): void {
    const at = this.at(e);
    const i = typeof at === 'number' ? at : -1;
    if (i !== this.hovered) this.outline(this.hover, i);
    // The native tooltip: a <title> in the shape under the pointer, naming the dot or county there.
    const text = typeof at === 'string' ? (this.dots.find((d) => d[0] === at)?.[1] ?? '') : i >= 0 ? this.label(i) : '';
    if (e.target instanceof SVGPathElement && text) {
      if (this.tip.parentNode !== e.target) e.target.append(this.tip);
      if (this.tip.textContent !== text) this.tip.textContent = text;
    } else this.tip.remove();
  }

  private props(i: number): CountyProps {
    return countyProps(this.map!.counties[i]!);
  }

  private label(i: number): string {
    return this.o.countyLabel(this.props(i));
  }

  /** Draws the outline of county `i` (or hides it with -1). */
  private outline(path: SVGPathElement, i: number): void {
    if (path === this.hover) this.hovered = i;
    const d = i >= 0 && this.map ? absolute(this.map.counties[i]![2]) : '';
    if (d) path.setAttribute('d', d);
    else path.removeAttribute('d');
  }

  /** The keyboard's county: the one tab stop is its outline, labelled with its name and count. */
  private moveCursor(i: number): void {
    if (!this.map?.counties.length) return;
    this.cursor = Math.max(0, Math.min(this.map.counties.length - 1, i));
    this.outline(this.focus, this.cursor);
    this.focus.setAttribute('data-fips', this.map.counties[this.cursor]![0]);
    this.focus.setAttribute('aria-label', this.label(this.cursor));
  }

  private key(e: KeyboardEvent): void {
    if (e.target !== this.focus || !this.map) return;
    const next = { ArrowRight: this.cursor + 1, ArrowDown: this.cursor + 1, ArrowLeft: this.cursor - 1, ArrowUp: this.cursor - 1, Home: 0, End: this.map.counties.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      this.moveCursor(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pick(this.cursor);
    }
  }

  private pick(i: number): void {
    this.outline(this.chosen, i);
    // The chosen county is the map's tab stop, so Tab returns to it.
    this.moveCursor(i);
    this.o.onCounty(this.props(i));
  }

  /** Marks an agency's dot and shows its county, as the zoomable map does. */
  focusAgency(id: string, countyFips: string | null): void {
    const dot = this.dots.find((d) => d[0] === id);
    this.chosenDot.setAttribute('visibility', dot ? 'visible' : 'hidden');
    if (dot) {
      this.chosenDot.setAttribute('cx', String(dot[2]));
      this.chosenDot.setAttribute('cy', String(dot[3]));
    }
    const i = countyFips ? this.byFips.get(countyFips) : undefined;
    if (i !== undefined) this.pick(i);
  }
}
