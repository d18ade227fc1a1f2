/**
 * Build time: the "What changed" default comparison (the two newest sheets), with place names in the
 * page's language and rows in the page's order. Shared by the page and its static CSV so they agree.
 */
import { loadChanges, loadSummary } from './data.ts';
import { comparePair, pairCsv } from './timeline.ts';
import type { Lang } from '@i18n/locale.ts';

export function latestPair(lang: Lang) {
  const summary = loadSummary(lang);
  const changes = loadChanges();
  const to = changes.at(-1)!.date;
  const from = changes.at(-2)?.date ?? to;
  const names: Record<string, string> = Object.fromEntries([...summary.states, ...summary.territories].map((s) => [s.usps, s.name]));
  const nameOf = (u: string) => names[u] ?? u;
  return { summary, changes, from, to, names, nameOf, pair: comparePair(changes, from, to, nameOf) };
}

/** The static CSV of the default comparison (header row in the page's language). */
export const latestChangesCsv = (lang: Lang) =>
  new Response(pairCsv(latestPair(lang).pair, lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
