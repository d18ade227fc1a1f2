/**
 * The policy table read on its own (yaml package, no pipeline code) as a test oracle: each state's
 * stance, contested reading and confidence, and, for version 2 tables, the law in force on a date
 * from `stance_history`, `stance_since` and the review date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface PolicyEntry {
  stance: string;
  possible_stance?: string | null;
  confidence: string;
  stance_since?: string | null;
  stance_history?: Array<{ stance: string; from: string | null; to: string | null }>;
}

export function readPolicyTable(file: string): { reviewed: string | null; states: Map<string, PolicyEntry> } {
  const doc = parse(fs.readFileSync(file, 'utf8')) as { meta: { reviewed?: string }; states: Array<PolicyEntry & { state?: string; state_abbr?: string }> };
  return { reviewed: doc.meta.reviewed ?? null, states: new Map(doc.states.map((e) => [e.state ?? e.state_abbr!, e])) };
}

/** Version 2 if the sources hold it, else version 1. */
export function policyFile(sources: string): string {
  const v2 = path.join(sources, 'policy/state-policies-v2.yaml');
  return fs.existsSync(v2) ? v2 : path.join(sources, 'policy/state-policies.yaml');
}

export type Law = { stance: string } | { stance: null; from: string | null; to: string };

/**
 * The law in force on `day` (ISO). From the review date on, today's stance (the table vouches for it
 * then). Otherwise the recorded period that holds the day; where the table cannot say (before its
 * record starts, or inside a period whose end it does not know) the two stances on either side.
 */
export function lawOn(e: PolicyEntry, day: string, reviewed: string): Law {
  if (day >= reviewed) return { stance: e.stance };
  const since = e.stance_since ?? null;
  if (since !== null && day >= since) return { stance: e.stance };
  const history = e.stance_history ?? [];
  const first = history[0];
  if (first && first.from !== null && day < first.from) return { stance: null, from: null, to: first.stance };
  for (const h of history) {
    if ((h.from === null || h.from <= day) && (h.to === null || day <= h.to)) return h.to === null ? { stance: null, from: h.stance, to: e.stance } : { stance: h.stance };
  }
  if (since !== null) return { stance: null, from: history.at(-1)?.stance ?? null, to: e.stance };
  return { stance: e.stance }; // after the last dated period, or no history at all
}

/** Whether the law restricts cooperation on that day, whichever side of an undated change applies. */
export const restrictsOn = (l: Law) => (l.stance !== null ? ['limit', 'prohibit'].includes(l.stance) : ['limit', 'prohibit'].includes(l.from ?? '') && ['limit', 'prohibit'].includes(l.to));
