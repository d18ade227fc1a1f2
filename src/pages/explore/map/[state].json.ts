/**
 * /explore/map/<state>.json (and us.json for the whole country): the county explorer's SVG first view,
 * projected at build time (src/lib/explorer/svg-map-data.ts). One file serves both languages.
 */
import type { APIRoute } from 'astro';
import { loadAgencyIndex, loadCountyCounts, loadCountyTopology, loadSummary } from '@lib/data.ts';
import { svgStateMap } from '@lib/explorer/svg-map-data.ts';

export const getStaticPaths = () => [...loadSummary().states.map((s) => s.usps.toLowerCase()), 'us'].map((state) => ({ params: { state } }));

export const GET: APIRoute = ({ params }) => {
  const usps = params.state === 'us' ? null : params.state!;
  const map = svgStateMap(loadCountyTopology(usps), loadCountyCounts(), loadAgencyIndex(), loadSummary().states, usps);
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
