/**
 * The policy table read on its own (yaml package, no pipeline code) as a test oracle: each state's
 * stance, contested reading and confidence, and, for version 2 tables, the stance in force on a date
 * from `stance_history` and `stance_since`.
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

/**
 * The stance in force on `day` (ISO), or null when the table cannot say: before its record starts, or
 * between a period with no end date and today's stance (an undated change).
 */
export function stanceOn(e: PolicyEntry, day: string): string | null {
  const since = e.stance_since ?? null;
  if (since !== null && day >= since) return e.stance;
  const history = e.stance_history ?? [];
  for (const h of history) {
    if ((h.from === null || h.from <= day) && (h.to === null || day <= h.to)) return h.to === null ? null : h.stance;
  }
  if (since !== null) return null; // before today's stance and outside every recorded period
  const last = history.at(-1);
  return !last || (last.to !== null && day > last.to) ? e.stance : null;
}
