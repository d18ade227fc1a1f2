/**
 * Pure helpers for the timeline (no DOM, no dictionaries: shared by pages, client scripts and tests).
 * Month arithmetic on timeline.json and arbitrary-pair comparisons rebuilt from changes.json.
 */
import type { Changes, Timeline } from '@schema/records.ts';

/** Spanish month names are lower case; a label standing alone or opening a sentence starts with a capital. */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Index of a `?date=YYYY-MM` value in the series; null when missing, malformed or out of range. */
export function monthIndex(months: readonly string[], value: string | null): number | null {
  if (!value || !/^\d{4}-\d{2}$/.test(value)) return null;
  const i = months.indexOf(value);
  return i < 0 ? null : i;
}

/** Numbers for one month: national, per state (every drawn state, zero when not listed) and by model. */
export function monthValues(tl: Timeline, i: number) {
  const states: Record<string, { total: number; JEM: number; WSO: number; TFM: number }> = {};
  for (const [st, series] of Object.entries(tl.states)) {
    const m = tl.stateModels[st];
    states[st] = { total: series[i] ?? 0, JEM: m?.JEM[i] ?? 0, WSO: m?.WSO[i] ?? 0, TFM: m?.TFM[i] ?? 0 };
  }
  return {
    month: tl.months[i]!,
    snapshot: tl.snapshotForMonth[i]!,
    agreements: tl.national[i] ?? 0,
    agencies: tl.agencies[i] ?? 0,
    states,
  };
}

type Change = Changes[number]['added'][number];
export interface PairChanges { from: string; to: string; added: Change[]; removed: Change[] }

/**
 * Added and removed between any two snapshots. changes.json holds consecutive diffs; replaying them
 * rebuilds each sheet's set of agreements, and the pair is the difference of two sets. So "added"
 * means listed at `to` and not at `from` (an agreement that came and went in between is in neither).
 */
export function comparePair(changes: Changes, from: string, to: string, nameOf: (usps: string) => string = (u) => u): PairChanges {
  if (from > to) [from, to] = [to, from];
  const live = new Map<string, Change>();
  let atFrom = new Map<string, Change>();
  let atTo = new Map<string, Change>();
  for (const c of changes) {
    for (const r of c.removed) live.delete(r.id);
    for (const a of c.added) live.set(a.id, a);
    if (c.date === from) atFrom = new Map(live);
    if (c.date === to) atTo = new Map(live);
  }
  const byName = (a: Change, b: Change) => nameOf(a.state).localeCompare(nameOf(b.state), 'en') || a.agency.localeCompare(b.agency) || a.model.localeCompare(b.model);
  return {
    from,
    to,
    added: [...atTo.values()].filter((c) => !atFrom.has(c.id)).sort(byName),
    removed: [...atFrom.values()].filter((c) => !atTo.has(c.id)).sort(byName),
  };
}

/** Per-state counts of a comparison, states sorted by name. */
export function countByState(p: PairChanges, nameOf: (usps: string) => string = (u) => u): Array<{ state: string; added: number; removed: number }> {
  const m = new Map<string, { state: string; added: number; removed: number }>();
  const row = (st: string) => m.get(st) ?? m.set(st, { state: st, added: 0, removed: 0 }).get(st)!;
  for (const c of p.added) row(c.state).added++;
  for (const c of p.removed) row(c.state).removed++;
  return [...m.values()].sort((a, b) => nameOf(a.state).localeCompare(nameOf(b.state), 'en'));
}

const csvCell = (v: string) => {
  // Quote when needed; a leading = + - @ would make spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The comparison as CSV: one row per agreement added or removed. */
/** CSV header row per language (issue 8: downloads have Spanish headers; values stay codes, as in data/es/). */
const PAIR_CSV_HEADER = {
  en: 'change,from_sheet,to_sheet,state,agency_name,model,agreement_id',
  es: 'cambio,hoja_desde,hoja_hasta,estado,nombre_agencia,modelo,id_acuerdo',
} as const;

export function pairCsv(p: PairChanges, lang: keyof typeof PAIR_CSV_HEADER = 'en'): string {
  const lines: string[] = [PAIR_CSV_HEADER[lang]];
  for (const [kind, list] of [['added', p.added], ['removed', p.removed]] as const) {
    for (const c of list) lines.push([kind, p.from, p.to, c.state, c.agency, c.model, c.id].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
