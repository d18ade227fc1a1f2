/**
 * When WebGL is missing or maplibre fails, the explorer draws the state's counties as an SVG with
 * d3 from the pre-projected Albers file instead: never a blank box. Built with DOM calls (no
 * innerHTML), so county names from data stay text.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { CountyCounts } from '@schema/records.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function drawFallbackMap(
  host: HTMLElement,
  albers: Topology,
  stateFips: string | null,
  counts: CountyCounts,
  steps: readonly string[],
  label: (name: string, agreements: number) => string,
  onCounty: (fips: string) => void,
): SVGSVGElement {
  const all = feature(albers, albers.objects.counties as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  const shown: FeatureCollection<Geometry, { name: string }> = {
    type: 'FeatureCollection',
    features: all.features.filter((f) => !stateFips || String(f.id).startsWith(stateFips)),
  };
  const width = 800;
  const height = 560;
  const path = geoPath(geoIdentity().fitExtent([[8, 8], [width - 8, height - 8]], shown)).digits(1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'fallback-map');
  const step = (n: number) => steps[n >= 10 ? 4 : n >= 5 ? 3 : n >= 2 ? 2 : n >= 1 ? 1 : 0]!;
  for (const f of shown.features) {
    const fips = String(f.id);
    const n = counts[fips]?.agreements ?? 0;
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', path(f) ?? '');
    p.setAttribute('fill', step(n));
    p.setAttribute('data-fips', fips);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = label(f.properties.name, n);
    p.append(title);
    p.addEventListener('click', () => onCounty(fips));
    svg.append(p);
  }
  host.replaceChildren(svg);
  return svg;
}
