/**
 * Time series from the snapshots. What the sheets can tell, and nothing more:
 * - an agreement is active at a snapshot if that sheet lists it;
 * - one that vanishes counts as ended at the first snapshot that no longer lists it;
 *   if it comes back later it counts as added again (a re-add);
 * - an agency that switches model ends one agreement and adds another.
 * A month's value is the newest snapshot on or before the month's end (carried forward when a
 * month has no sheet; the snapshot date used is recorded so the site can say so).
 */
import type { Model } from '../schema/records.ts';
import { MODELS } from '../schema/records.ts';

export interface SnapshotRow {
  snapshot: string;
  state: string;
  agreementId: string;
  /** Agency slug: an agency with two models is two agreements but one agency. */
  agencyId: string;
  agencyName: string;
  model: Model;
}

export interface Change {
  id: string;
  agency: string;
  state: string;
  model: Model;
}

export interface SnapshotChanges {
  date: string;
  previous: string | null;
  added: Change[];
  removed: Change[];
}

/**
 * Added and removed agreements at each snapshot versus the one before (the first adds all). A snapshot
 * that adds and removes nothing gets no entry (change points: identical daily sheets add no bytes), and
 * `previous` is then the newest earlier snapshot with an entry, which lists the same agreements.
 */
export function diffSnapshots(rows: SnapshotRow[], dates: string[]): SnapshotChanges[] {
  const bySnapshot = new Map<string, Map<string, SnapshotRow>>(dates.map((d) => [d, new Map()]));
  for (const r of rows) bySnapshot.get(r.snapshot)?.set(r.agreementId, r);
  const change = (r: SnapshotRow): Change => ({ id: r.agreementId, agency: r.agencyName, state: r.state, model: r.model });
  const out: SnapshotChanges[] = [];
  dates.forEach((date, i) => {
    const now = bySnapshot.get(date)!;
    const before = i > 0 ? bySnapshot.get(dates[i - 1]!)! : new Map<string, SnapshotRow>();
    const added = [...now.values()].filter((r) => !before.has(r.agreementId)).map(change);
    const removed = [...before.values()].filter((r) => !now.has(r.agreementId)).map(change);
    if (i === 0 || added.length > 0 || removed.length > 0) out.push({ date, previous: out.at(-1)?.date ?? null, added, removed });
  });
  return out;
}

export interface MonthPoint {
  month: string;
  /** Snapshot whose sheet gives this month's numbers. */
  snapshot: string;
  /** Active agreements by state (only states with agreements), national total and by model. */
  total: number;
  /** Distinct agencies with at least one active agreement (drawn states only). */
  agencies: number;
  byModel: Record<Model, number>;
  byState: Record<string, number>;
  /** Per state and model, for the map's "by model" views at that month. */
  byStateModel: Record<string, Record<Model, number>>;
}

export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * @param states which jurisdictions count toward `total` (the drawn 50 + DC).
 * @param until last month to list (YYYY-MM): months after the newest sheet carry its numbers
 *   forward, so the law (dated to the policy review) can be shown up to that month.
 * @param sameAs a sheet date -> the date whose rows stand for it (steps/sheet-runs.ts); rows are given only for those.
 */
export function monthlySeries(rows: SnapshotRow[], dates: string[], states: Set<string>, until?: string, sameAs: (date: string) => string = (d) => d): MonthPoint[] {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const perSnapshot = new Map<string, MonthPoint>();
  const agencies = new Map<string, Set<string>>(sorted.map((d) => [d, new Set()]));
  for (const d of sorted) perSnapshot.set(d, { month: '', snapshot: d, total: 0, agencies: 0, byModel: { JEM: 0, WSO: 0, TFM: 0 }, byState: {}, byStateModel: {} });
  for (const r of rows) {
    const p = perSnapshot.get(r.snapshot);
    if (!p || !states.has(r.state)) continue;
    p.total += 1;
    p.byModel[r.model] += 1;
    p.byState[r.state] = (p.byState[r.state] ?? 0) + 1;
    (p.byStateModel[r.state] ??= { JEM: 0, WSO: 0, TFM: 0 })[r.model] += 1;
    agencies.get(r.snapshot)!.add(r.agencyId);
  }
  for (const [d, set] of agencies) perSnapshot.get(d)!.agencies = set.size;
  const lastSheetMonth = sorted[sorted.length - 1]!.slice(0, 7);
  return monthRange(sorted[0]!.slice(0, 7), until && until > lastSheetMonth ? until : lastSheetMonth).map((month) => {
    const snap = [...sorted].reverse().find((d) => d.slice(0, 7) <= month)!;
    const p = { ...perSnapshot.get(sameAs(snap))!, snapshot: snap };
    const byStateModel = Object.fromEntries(Object.entries(p.byStateModel).map(([k, m]) => [k, { ...m }]));
    return { ...p, month, byModel: { ...p.byModel }, byState: { ...p.byState }, byStateModel };
  });
}

export { MODELS };
