/** Share card PNGs (English), one per state; see src/lib/og-card.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSummary } from '@lib/data.ts';
import { renderCard } from '@lib/og-card.ts';

export const getStaticPaths = (() => loadSummary().states.map((s) => ({ params: { code: s.usps.toLowerCase() } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderCard(String(params.code), 'en') as BodyInit, { headers: { 'content-type': 'image/png' } });
