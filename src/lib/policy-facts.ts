/**
 * The short facts line of a measure ("State law · enacted · signed May 21, 2025 · in effect since
 * October 1, 2025") and the "since when" sentence of a classification, shared by the state page
 * (build time) and the map panel and compare page (browser). `say` and `date` come from the page.
 */
import type { LawChange, PolicyMeasure } from '@schema/records.ts';

type Say = (key: string, vars?: Record<string, string>) => string;

const ENACTED = new Set(['enacted', 'enacted-partly-enjoined', 'rescinded', 'superseded']);

export function measureFacts(m: PolicyMeasure, today: string, say: Say, date: (iso: string) => string): string[] {
  const out = [say(`policy.kind.${m.kind}`), say(`status.${m.status}`)];
  if (m.signed) out.push(say('policy.signed', { date: date(m.signed) }));
  const key = m.status === 'rescinded' || m.status === 'superseded' ? 'policy.tookEffect' : m.effective && m.effective > today ? 'policy.effectiveFuture' : 'policy.effective';
  if (m.effective) out.push(say(key, { date: date(m.effective) }));
  else if (ENACTED.has(m.status)) out.push(say('policy.effectiveUnknown'));
  return out;
}

/** Which sentence says since when today's classification applies. */
export function sinceKey(since: string | null, changes: LawChange[]): 'policy.since' | 'policy.sinceUnknown' | 'policy.sinceOld' {
  if (since) return 'policy.since';
  return changes.length > 0 ? 'policy.sinceUnknown' : 'policy.sinceOld';
}
