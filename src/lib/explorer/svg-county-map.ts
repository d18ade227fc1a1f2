/**
 * The explorer's first view: a state's counties (and agency dots) drawn as SVG from the path data
 * projected at build time (svg-map-data.ts), so the page paints like the national map without d3,
 * TopoJSON or maplibre's ~440 KB. It is also the whole map where WebGL is missing. Built with DOM
 * calls (no innerHTML): county and agency names from data stay text. One listener per event on the
 * <svg> (not one per shape) and a roving tab stop: Tab reaches the map once, arrow keys move
 * through the counties A–Z, Enter or Space shows one.
 */
import type { CountyProps } from './county-data.ts';
import type { SvgCounty, SvgStateMap } from './svg-map-data.ts';
import { inSlices } from './time-slices.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface SvgMapOptions {
  /** Fill for 0, 1, 2-4, 5-9, 10+ agreements. */
  steps: readonly string[];
  dot: { fill: string; stroke: string };
  stance: Record<string, string>;
  countyLabel: (c: CountyProps) => string;
  mapLabel: string;
  onCounty: (c: CountyProps) => void;
  onAgency: (id: string) => void;
}

export const stepFor = (n: number): number => (n >= 10 ? 4 : n >= 5 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0);

export const countyProps = ([fips, name, , agreements, agencies, JEM, WSO, TFM]: SvgCounty): CountyProps => ({ fips, name, agreements, agencies, JEM, WSO, TFM });

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  return e;
}

export class SvgCountyMap {
  readonly svg: SVGSVGElement;
  private byFips = new Map<string, CountyProps>();
  private run = 0;

  constructor(private readonly host: HTMLElement, private readonly o: SvgMapOptions) {
    this.svg = el('svg', { class: 'svg-map', role: 'group', 'aria-label': o.mapLabel });
    this.svg.addEventListener('click', (e) => {
      const target = e.target as Element;
      const dot = target.closest('[data-agency]');
      if (dot) return this.o.onAgency(dot.getAttribute('data-agency')!);
      const county = target.closest('[data-fips]');
      if (county) this.pick(county.getAttribute('data-fips')!);
    });
    this.svg.addEventListener('keydown', (e) => this.key(e));
    // Hover tooltips: a shape's <title> is made when the pointer first reaches it, not 550 up front.
    this.svg.addEventListener('pointerover', (e) => {
      const shape = (e.target as Element).closest('[data-tip]');
      if (!shape || shape.querySelector('title')) return;
      shape.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: shape.getAttribute('data-tip') }));
    });
    host.replaceChildren(this.svg);
  }

  /** Stops a draw in progress (another map has taken the box). */
  stop(): void {
    this.run++;
  }

  /**
   * Builds the map in time slices (time-slices.ts), each slice shown as it is made, so no task
   * blocks a slow phone's input for long (Texas: 254 counties and 300 dots; the country: 3,100 and
   * 1,300). A later draw (another state) stops an earlier one. Resolves false when it was stopped.
   */
  async draw(map: SvgStateMap): Promise<boolean> {
    const run = ++this.run;
    const current = () => run === this.run;
    const shapes = el('g', { class: 'counties' });
    const lines = el('g', { class: 'outlines', 'aria-hidden': 'true' });
    this.byFips = new Map();
    // The counties go straight into the page, so each frame styles and lays out one slice of them
    // (all 254 at once was a long task of its own); the outline is drawn once they are all in.
    this.svg.setAttribute('viewBox', `0 0 ${map.width} ${map.height}`);
    this.svg.replaceChildren(shapes, lines);
    if (!this.svg.isConnected) this.host.replaceChildren(this.svg);
    const drawn = await inSlices(map.counties, (c, i) => {
      const props = countyProps(c);
      this.byFips.set(c[0], props);
      const label = this.o.countyLabel(props);
      shapes.append(el('path', { d: c[2], fill: this.o.steps[stepFor(c[3])]!, 'data-fips': c[0], role: 'button', tabindex: i === 0 ? '0' : '-1', 'aria-label': label, 'data-tip': label }));
    }, current);
    if (!drawn) return false;
    for (const [stance, d] of map.outlines) lines.append(el('path', { d, stroke: this.o.stance[stance] ?? this.o.stance.none!, 'data-stance': stance }));
    const dots = el('g', { class: 'dots', 'aria-hidden': 'true', fill: this.o.dot.fill, stroke: this.o.dot.stroke });
    const placed = map.agencies.filter((a) => a.length > 4);
    this.svg.append(dots);
    return inSlices(placed, ([id, name, , , x, y]) => {
      dots.append(el('circle', { cx: String(x), cy: String(y), r: '3.5', 'data-agency': id, 'data-tip': name }));
    }, current);
  }

  private key(e: KeyboardEvent): void {
    const current = (e.target as Element).closest('[data-fips]');
    if (!current) return;
    const all = [...this.svg.querySelectorAll<SVGPathElement>('.counties path')];
    const i = all.indexOf(current as SVGPathElement);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const to = all[Math.max(0, Math.min(all.length - 1, next))]!;
      current.setAttribute('tabindex', '-1');
      to.setAttribute('tabindex', '0');
      to.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pick(current.getAttribute('data-fips')!);
    }
  }

  private pick(fips: string): void {
    const c = this.byFips.get(fips);
    if (!c) return;
    this.selectCounty(fips);
    this.o.onCounty(c);
  }

  selectCounty(fips: string | null): void {
    for (const p of this.svg.querySelectorAll('.counties path')) {
      const on = p.getAttribute('data-fips') === fips;
      p.classList.toggle('selected', on);
      // The chosen county is the map's tab stop, so Tab returns to it.
      if (fips) p.setAttribute('tabindex', on ? '0' : '-1');
    }
  }

  /** Marks an agency's dot and shows its county, as the zoomable map does. */
  focusAgency(id: string, countyFips: string | null): void {
    for (const c of this.svg.querySelectorAll('.dots circle')) c.classList.toggle('selected', c.getAttribute('data-agency') === id);
    if (countyFips) this.pick(countyFips);
  }
}
