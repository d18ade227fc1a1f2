/** sitemap.xml: the national map, methodology, explorer, what changed and the 51 state pages in both languages, as absolute URLs. */
import type { APIRoute } from 'astro';
import { loadSummary } from '@lib/data.ts';
import { LANGS, pagePath } from '@lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const abs = (p: string) => new URL(p, site ?? 'http://127.0.0.1:4321').href;
  const summary = loadSummary();
  const rel = ['', 'methodology/', 'explore/', 'changes/', ...summary.states.map((s) => `states/${s.usps.toLowerCase()}/`)];
  const paths = LANGS.flatMap((l) => rel.map((r) => pagePath(l, r)));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${esc(abs(p))}</loc><lastmod>${summary.asOf}</lastmod></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
