/** Share card PNGs (English), one per state; see src/lib/og-card.ts. */
import type { APIRoute } from 'astro';
import { renderCard } from '@lib/og-card.ts';

export { statePaths as getStaticPaths } from '@lib/routes.ts';

export const GET: APIRoute = ({ params }) =>
  new Response(renderCard(String(params.code), 'en') as BodyInit, { headers: { 'content-type': 'image/png' } });
