/**
 * The explorer's first view: the counties (and agency dots) drawn as SVG from the same lon/lat files
 * the zoomable map uses, so the page paints like the national map without maplibre's ~440 KB. It is
 * also the whole map where WebGL is missing. Built with DOM calls (no innerHTML): county and agency
 * names from data stay text.
 */
import { geoAlbersUsa } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath } from '../map/compact-path.ts';
import type { AgencyPoint, CountyProps } from './county-data.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 560;

export interface SvgMapOptions {
  /** Fill for 0, 1, 2-4, 5-9, 10+ agreements. */
  steps: readonly string[];
  dot: { fill: string; stroke: string };
  countyLabel: (c: CountyProps) => string;
  mapLabel: string;
  onCounty: (c: CountyProps) => void;
  onAgency: (id: string) => void;
}

export interface Outline {
  stance: string;
  color: string;
  geometry: Geometry;
}

export const stepFor = (n: number): number => (n >= 10 ? 4 : n >= 5 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0);

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export class SvgCountyMap {
  readonly svg: SVGSVGElement;
  private counties: FeatureCollection<Geometry, CountyProps> = { type: 'FeatureCollection', features: [] };

  constructor(private readonly host: HTMLElement, private readonly o: SvgMapOptions) {
    this.svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'svg-map', role: 'img', 'aria-label': o.mapLabel });
    host.replaceChildren(this.svg);
  }

  draw(counties: FeatureCollection<Geometry, CountyProps>, agencies: AgencyPoint[], outlines: Outline[]): void {
    this.counties = counties;
    // Fitting streams every point through the projection: the outlines have the same extent as the
    // counties and a fraction of the points.
    const extent = outlines.length ? { type: 'GeometryCollection' as const, geometries: outlines.map((o) => o.geometry) } : counties;
    const projection = geoAlbersUsa().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], extent);
    const shapes = el('g', { class: 'counties' });
    for (const f of counties.features) {
      const p = el('path', { d: compactPath(f, 0.5, projection), fill: this.o.steps[stepFor(f.properties.agreements)]!, 'data-fips': f.properties.fips });
      const title = el('title', {});
      title.textContent = this.o.countyLabel(f.properties);
      p.append(title);
      p.addEventListener('click', () => this.pick(f));
      shapes.append(p);
    }
    const lines = el('g', { class: 'outlines', 'aria-hidden': 'true' });
    for (const o of outlines) lines.append(el('path', { d: compactPath(o.geometry, 0.5, projection), stroke: o.color, 'data-stance': o.stance }));
    const dots = el('g', { class: 'dots' });
    for (const a of agencies) {
      const xy = a.position ? projection(a.position as [number, number]) : null;
      if (!xy) continue;
      const c = el('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: '3.5', fill: this.o.dot.fill, stroke: this.o.dot.stroke, 'data-agency': a.id });
      const title = el('title', {});
      title.textContent = a.name;
      c.append(title);
      c.addEventListener('click', () => this.o.onAgency(a.id));
      dots.append(c);
    }
    this.svg.replaceChildren(shapes, lines, dots);
    if (!this.svg.isConnected) this.host.replaceChildren(this.svg);
  }

  private pick(f: Feature<Geometry, CountyProps>): void {
    this.selectCounty(f.properties.fips);
    this.o.onCounty(f.properties);
  }

  selectCounty(fips: string | null): void {
    for (const p of this.svg.querySelectorAll('.counties path')) p.classList.toggle('selected', p.getAttribute('data-fips') === fips);
  }

  /** Marks an agency's dot and shows its county, as the zoomable map does. */
  focusAgency(id: string, countyFips: string | null): void {
    for (const c of this.svg.querySelectorAll('.dots circle')) c.classList.toggle('selected', c.getAttribute('data-agency') === id);
    const county = this.counties.features.find((f) => f.properties.fips === countyFips);
    if (county) this.pick(county);
  }
}
