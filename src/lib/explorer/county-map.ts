/**
 * The zoomable county map, drawn by maplibre-gl from our own GeoJSON: no basemap tiles, no glyphs,
 * no sprites, so nothing is requested from another host. This module is imported dynamically, only
 * on the explorer page, so maplibre's ~440 KB never load with the national map.
 */
import { Map as MapLibre, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type LngLatBoundsLike, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// A URL, not an import: an imported stylesheet is inlined into the explorer page's first view.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { AgencyPoint, CountyProps } from './county-data.ts';

setWorkerUrl(workerUrl);

// Its data comes in the same chunk: the first view loads neither.
export { loadLonLat, loadStateOutlines } from './lonlat-counties.ts';

/** maplibre's stylesheet, linked when the zoomable map is first made (the SVG map needs none of it). */
function linkStylesheet(): Promise<void> {
  if (document.querySelector(`link[href="${cssUrl}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssUrl });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

export interface MapColors {
  background: string;
  line: string;
  hover: string;
  /** Fill for 0, 1, 2-4, 5-9, 10+ agreements. */
  steps: [string, string, string, string, string];
  agency: string;
  agencyStroke: string;
}

export interface CountyMapOptions {
  container: HTMLElement;
  counties: FeatureCollection<Geometry, CountyProps>;
  /** State outlines (lon/lat) with a `stance` property, drawn in the stance colours. */
  states: FeatureCollection<Geometry, { usps: string; stance: string }>;
  stanceColors: Record<string, string>;
  agencies: AgencyPoint[];
  colors: MapColors;
  /** maplibre's own control labels ("Zoom in"...), translated. */
  locale: Record<string, string>;
  /** The data credit in the attribution control, translated. */
  credit: string;
  onCounty: (county: CountyProps | null) => void;
  onAgency: (id: string) => void;
}

export interface CountyMap {
  map: MapLibre;
  fitTo: (bounds: LngLatBoundsLike) => void;
  focusAgency: (id: string) => void;
  /** Another state (or the whole country) in the same map: a second WebGL map per state change can fail. */
  update: (counties: FeatureCollection<Geometry, CountyProps>, agencies: AgencyPoint[]) => void;
  destroy: () => void;
}

export function boundsOf(fc: FeatureCollection): [[number, number], [number, number]] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      // Aleutian islands cross the antimeridian; keep Alaska's box on the western side.
      const lon = x > 0 ? x - 360 : x;
      x0 = Math.min(x0, lon); x1 = Math.max(x1, lon); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [[x0, y0], [x1, y1]];
}

const pointsOf = (agencies: AgencyPoint[]): FeatureCollection<Point, { id: string; name: string }> => ({
  type: 'FeatureCollection',
  features: agencies
    .filter((a) => a.position)
    .map((a) => ({ type: 'Feature', properties: { id: a.id, name: a.name }, geometry: { type: 'Point', coordinates: a.position! } })),
});

export async function createCountyMap(opts: CountyMapOptions): Promise<CountyMap> {
  await linkStylesheet();
  const o = { ...opts };
  const points = pointsOf(o.agencies);
  const map = new MapLibre({
    container: o.container,
    style: {
      version: 8,
      sources: {
        counties: { type: 'geojson', data: o.counties, promoteId: 'fips' },
        agencies: { type: 'geojson', data: points, promoteId: 'id' },
        states: { type: 'geojson', data: o.states },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': o.colors.background } },
        {
          id: 'county-fill',
          type: 'fill',
          source: 'counties',
          paint: {
            'fill-color': ['step', ['get', 'agreements'], o.colors.steps[0], 1, o.colors.steps[1], 2, o.colors.steps[2], 5, o.colors.steps[3], 10, o.colors.steps[4]],
          },
        },
        {
          id: 'county-line',
          type: 'line',
          source: 'counties',
          paint: {
            'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], o.colors.hover, o.colors.line],
            'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0.5],
          },
        },
        {
          id: 'state-outline',
          type: 'line',
          source: 'states',
          paint: {
            'line-color': ['match', ['get', 'stance'], ...Object.entries(o.stanceColors).flat(), o.colors.line] as unknown as ExpressionSpecification,
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 4],
          },
        },
        {
          id: 'agency-dots',
          type: 'circle',
          source: 'agencies',
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 6],
            'circle-color': o.colors.agency,
            'circle-stroke-color': o.colors.agencyStroke,
            'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1],
          },
        },
      ],
    },
    bounds: boundsOf(o.counties),
    fitBoundsOptions: { padding: 20 },
    attributionControl: { compact: true, customAttribution: o.credit },
    locale: o.locale,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate.disableRotation();

  let hovered: string | null = null;
  let selected: string | null = null;
  const setHover = (fips: string | null) => {
    if (hovered) map.setFeatureState({ source: 'counties', id: hovered }, { hover: false });
    hovered = fips;
    if (fips) map.setFeatureState({ source: 'counties', id: fips }, { hover: true });
  };
  const countyAt = (f: MapGeoJSONFeature | undefined) => (f ? (f.properties as CountyProps) : null);
  map.on('mousemove', 'county-fill', (e) => {
    const c = countyAt(e.features?.[0]);
    if (c?.fips !== hovered) {
      setHover(c?.fips ?? null);
      o.onCounty(c);
    }
  });
  map.on('mouseleave', 'county-fill', () => setHover(null));
  map.on('click', (e) => {
    const dot = map.queryRenderedFeatures(e.point, { layers: ['agency-dots'] })[0];
    if (dot) {
      o.onAgency(String(dot.properties.id));
      return;
    }
    const c = countyAt(map.queryRenderedFeatures(e.point, { layers: ['county-fill'] })[0]);
    setHover(c?.fips ?? null);
    o.onCounty(c);
  });
  map.on('mouseenter', 'agency-dots', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'agency-dots', () => (map.getCanvas().style.cursor = ''));

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error ?? new Error('map failed')));
  });

  return {
    map,
    fitTo: (bounds) => map.fitBounds(bounds, { padding: 20, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 }),
    focusAgency: (id) => {
      const a = o.agencies.find((x) => x.id === id);
      if (selected) map.setFeatureState({ source: 'agencies', id: selected }, { selected: false });
      selected = a?.position ? id : null;
      if (!a?.position) return;
      map.setFeatureState({ source: 'agencies', id }, { selected: true });
      const county = o.counties.features.find((f) => f.properties.fips === a.countyFips);
      if (county) {
        setHover(county.properties.fips);
        o.onCounty(county.properties);
      }
      map.easeTo({ center: a.position as [number, number], zoom: Math.max(map.getZoom(), 7), duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 });
    },
    update: (counties, agencies) => {
      setHover(null);
      if (selected) map.setFeatureState({ source: 'agencies', id: selected }, { selected: false });
      selected = null;
      o.counties = counties;
      o.agencies = agencies;
      (map.getSource('counties') as GeoJSONSource).setData(counties);
      (map.getSource('agencies') as GeoJSONSource).setData(pointsOf(agencies));
      map.fitBounds(boundsOf(counties), { padding: 20, duration: 0 });
    },
    destroy: () => map.remove(),
  };
}
