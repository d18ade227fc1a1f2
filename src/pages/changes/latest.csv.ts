/**
 * The default comparison of the "What changed" page (the two newest sheets) as a static CSV, so the
 * download works without JavaScript; with JavaScript the page builds the CSV of any chosen pair.
 */
import type { APIRoute } from 'astro';
import { loadChanges, loadSummary } from '@lib/data.ts';
import { comparePair, pairCsv } from '@lib/timeline.ts';
import type { Lang } from '@i18n/locale.ts';

/** Shared with the Spanish route (src/pages/es/changes/latest.csv.ts): Spanish names and header row. */
export const latestChangesCsv = (lang: Lang) => {
  const changes = loadChanges();
  const to = changes.at(-1)!.date;
  const from = changes.at(-2)?.date ?? to;
  const summary = loadSummary(lang);
  // Same order as the page: by state name, then agency.
  const names = new Map([...summary.states, ...summary.territories].map((s) => [s.usps, s.name]));
  const pair = comparePair(changes, from, to, (u) => names.get(u) ?? u);
  return new Response(pairCsv(pair, lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

export const GET: APIRoute = () => latestChangesCsv('en');
