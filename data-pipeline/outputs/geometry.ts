/** The map files: states (Albers TopoJSON, GeoJSON, lon/lat with stance) and counties (Albers, lon/lat US and per state). */
import type { Topology } from 'topojson-specification';
import { pickObjects, simplifyTopology, splitByState, toGeoJSON, withProperties } from '../steps/build-geometry.ts';
import { json, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function geometryFiles(ctx: RunContext, src: Sources, agg: Aggregates, out: OutputFiles): void {
  const { countiesTopo, countiesLonLat, countyIndex } = src;
  const { states } = agg;
  const statesAlbers = JSON.parse(ctx.readGeometry('states-albers-10m.json')) as Topology;
  const statesLonLat = JSON.parse(ctx.readGeometry('states-10m.json')) as Topology;
  const byFips = new Map(states.map((s) => [s.fips, s]));
  const nameProps = (id: string) => (byFips.has(id) ? { usps: byFips.get(id)!.usps, name: byFips.get(id)!.name } : null);
  out.set('states-albers.topojson', json(withProperties(simplifyTopology(pickObjects(statesAlbers, ['states']), 2), 'states', nameProps)));
  const flatProps = (id: string) => {
    const s = byFips.get(id);
    return s ? { ...s, byModel: undefined, JEM: s.byModel.JEM, WSO: s.byModel.WSO, TFM: s.byModel.TFM } : null;
  };
  out.set('states.geojson', json(toGeoJSON(withProperties(simplifyTopology(pickObjects(statesLonLat, ['states']), 2e-3, 1e5), 'states', flatProps), 'states')));
  out.set(
    'counties-albers.topojson',
    json(withProperties(simplifyTopology(pickObjects(countiesTopo, ['counties']), 4), 'counties', (id) => ({ name: countyIndex.byFips.get(id)?.name ?? '' }))),
  );
  // lon/lat state outlines with stance for the explorer (light: outlines only need the shape).
  out.set('states-lonlat.topojson', json(withProperties(simplifyTopology(pickObjects(statesLonLat, ['states']), 1e-3), 'states', (id) => {
    const s = byFips.get(id);
    return s ? { usps: s.usps, name: s.name, stance: s.stance } : null;
  })));
  // lon/lat counties for the maplibre explorer: the whole country coarse, each state finer.
  const countyName = (id: string) => ({ name: countyIndex.byFips.get(id)?.name ?? '' });
  // Territories' county equivalents are left out here as on every map (their agreements are listed).
  const stateCounty = (id: string) => (byFips.has(id.slice(0, 2)) ? countyName(id) : null);
  out.set('counties-us.topojson', json(withProperties(simplifyTopology(pickObjects(countiesLonLat, ['counties']), 0.01), 'counties', stateCounty)));
  for (const [fips, topo] of splitByState(countiesLonLat, 'counties', 1e-4, countyName)) {
    const usps = byFips.get(fips)?.usps;
    if (usps) out.set(`counties/${usps.toLowerCase()}.topojson`, json(topo));
  }
  ctx.step('build geometry', 'states (Albers + GeoJSON), counties (Albers, lon/lat US + per state)');

}
