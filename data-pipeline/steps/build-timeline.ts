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
import { factsBySnapshot, monthFacts } from './content-facts.ts';

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

/** What one sheet added and removed against the sheet before. */
export type PairDiff = Pick<SnapshotChanges, 'added' | 'removed'>;

/** A sheet's agreements by id, the last row of an id standing (in order of the id's first row). */
export function agreementMap(rows: ReadonlyArray<SnapshotRow>): Map<string, SnapshotRow> {
  const m = new Map<string, SnapshotRow>();
  for (const r of rows) m.set(r.agreementId, r);
  return m;
}

export function diffPair(before: Map<string, SnapshotRow>, now: Map<string, SnapshotRow>): PairDiff {
  const change = (r: SnapshotRow): Change => ({ id: r.agreementId, agency: r.agencyName, state: r.state, model: r.model });
  return { added: [...now.values()].filter((r) => !before.has(r.agreementId)).map(change), removed: [...before.values()].filter((r) => !now.has(r.agreementId)).map(change) };
}

/** The entries of changes.json from each date's diff against the date before (`diffs[i]` for `dates[i]`). */
export function changesFrom(dates: string[], diffs: (i: number) => PairDiff): SnapshotChanges[] {
  const out: SnapshotChanges[] = [];
  dates.forEach((date, i) => {
    const { added, removed } = diffs(i);
    if (i === 0 || added.length > 0 || removed.length > 0) out.push({ date, previous: out.at(-1)?.date ?? null, added, removed });
  });
  return out;
}

/**
 * Added and removed agreements at each snapshot versus the one before (the first adds all). A snapshot
 * that adds and removes nothing gets no entry (change points: identical daily sheets add no bytes), and
 * `previous` is then the newest earlier snapshot with an entry, which lists the same agreements.
 */
export function diffSnapshots(rows: SnapshotRow[], dates: string[]): SnapshotChanges[] {
  const bySnapshot = new Map<string, SnapshotRow[]>(dates.map((d) => [d, []]));
  for (const r of rows) bySnapshot.get(r.snapshot)?.push(r);
  const maps = dates.map((d) => agreementMap(bySnapshot.get(d)!));
  return changesFrom(dates, (i) => diffPair(maps[i - 1] ?? new Map(), maps[i]!));
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
 * @param sameAs a sheet date -> the date whose rows stand for it; rows are given only for those.
 */
export function monthlySeries(rows: SnapshotRow[], dates: string[], states: Set<string>, until?: string, sameAs: (date: string) => string = (d) => d): MonthPoint[] {
  const facts = factsBySnapshot(rows, states);
  return monthsFrom((d) => monthFacts(facts.get(sameAs(d)), d), dates, until);
}

/** The months from the first date's to `until`, each with the numbers of its newest sheet (`pointOf`). */
export function monthsFrom(pointOf: (date: string) => Omit<MonthPoint, 'month'>, dates: string[], until?: string): MonthPoint[] {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const lastSheetMonth = sorted[sorted.length - 1]!.slice(0, 7);
  const newestFirst = [...sorted].reverse();
  return monthRange(sorted[0]!.slice(0, 7), until && until > lastSheetMonth ? until : lastSheetMonth).map((month) => {
    const snap = newestFirst.find((d) => d.slice(0, 7) <= month)!;
    return { ...pointOf(snap), snapshot: snap, month };
  });
}

export { MODELS };
