/**
 * Aggregates agreements per state, per county, per snapshot and per signed month (arquero), joins
 * the policy table and population, ranks states and flags law-vs-practice mismatches.
 */
import * as aq from 'arquero';
import { STATES_AND_DC, JURISDICTIONS } from '../schema/geo.ts';
import type { Agreement, ByModel, CountyCounts, LawAt, LawChange, Mismatch, SnapshotPoint, StateSummary } from '../schema/records.ts';
import type { StateEntry } from '../schema/policy.ts';
import { restricts } from './law-at-date.ts';
import { changePoints } from './change-points.ts';
import type { NormalizedRow } from './normalize-agreements.ts';
import { snapshotRuns } from './snapshot-runs.ts';
import { factsBySnapshot, snapshotPoint, type ContentFacts } from './content-facts.ts';
import type { CountyIndex } from './match-counties.ts';

const op = aq.op;

/** A mandate state is flagged when fewer than this share of its counties has a sheriff agreement. */
export const MANDATE_COVERAGE_THRESHOLD = 0.5;

/**
 * Law vs practice on one sheet, judged by the law in force on that sheet's date: a state whose law
 * restricts or bans cooperation yet has agreements, or a mandate state where fewer than half the
 * counties have a sheriff agreement (only where county coverage is known: the newest sheet).
 */
export function mismatchFor(law: LawAt, agreements: number, coverage: { covered: number; counties: number } | null): Mismatch {
  if (agreements > 0 && restricts(law)) return 'restricts-with-agreements';
  if (law.stance === 'mandate' && coverage && coverage.counties > 0 && coverage.covered / coverage.counties < MANDATE_COVERAGE_THRESHOLD) return 'mandate-low-coverage';
  return null;
}

/** What the summary needs of the dated law for one state. */
export interface StateLaw {
  atSheet: LawAt;
  since: string | null;
  changes: LawChange[];
}

type Row = Record<string, unknown>;

function modelCounts(t: aq.ColumnTable, keys: string[]): aq.ColumnTable {
  return t.groupby(...keys).rollup({
    agreements: op.count(),
    agencies: op.distinct('agencyId'),
    JEM: (d: Row) => op.sum(d.model === 'JEM' ? 1 : 0),
    WSO: (d: Row) => op.sum(d.model === 'WSO' ? 1 : 0),
    TFM: (d: Row) => op.sum(d.model === 'TFM' ? 1 : 0),
  });
}

const toByModel = (r: Row | undefined): ByModel => ({ JEM: Number(r?.JEM ?? 0), WSO: Number(r?.WSO ?? 0), TFM: Number(r?.TFM ?? 0) });

export function per100k(count: number, population: number | null): number | null {
  return population ? Math.round((count / population) * 1e5 * 100) / 100 : null;
}

/** Competition ranking: equal counts share a rank ("1, 2, 2, 4"). */
export function rankDescending(values: number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

export interface SnapshotMeta {
  date: string;
  source: 'ice' | 'wayback-derived';
}

/** The facts of the rows a sheet date stands for (content-facts.ts); undefined: no rows. */
export type FactsOf = (date: string) => ContentFacts | undefined;

/** `sameAs` maps a sheet date to the date whose rows stand for it; rows are given only for those. */
export function summarizeSnapshots(rows: NormalizedRow[], snapshots: SnapshotMeta[], sameAs: (date: string) => string = (d) => d): SnapshotPoint[] {
  const facts = factsBySnapshot(rows);
  return snapshotPoints(snapshots, (d) => facts.get(sameAs(d)));
}

/** summary.json `snapshots`: the sheets' points collapsed into runs of equal counts (snapshot-runs.ts). */
export const snapshotPoints = (snapshots: SnapshotMeta[], factsOf: FactsOf): SnapshotPoint[] => snapshotRuns(snapshots.map((s) => snapshotPoint(s, factsOf(s.date))));

export function summarizeStates(
  agreements: Agreement[],
  policy: Map<string, StateEntry>,
  law: Map<string, StateLaw>,
  population: Map<string, number>,
  counties: CountyIndex,
): StateSummary[] {
  const active = aq.from(agreements.filter((a) => a.active));
  const counts = new Map((modelCounts(active, ['state']).objects() as Row[]).map((r) => [r.state, r]));
  const sheriffCounties = new Map(
    (active
      .filter((d: Row) => d.agencyType === 'county' && d.countyFips !== null)
      .groupby('state')
      .rollup({ n: op.distinct('countyFips') })
      .objects() as Row[]).map((r) => [r.state, Number(r.n)]),
  );
  const signedRange = new Map(
    (active
      .filter((d: Row) => d.signed !== null)
      .groupby('state')
      .rollup({ first: op.min('signed'), last: op.max('signed') })
      .objects() as Row[]).map((r) => [r.state, r]),
  );

  const base = STATES_AND_DC.map((j) => {
    const p = policy.get(j.usps);
    if (!p) throw new Error(`no policy entry for ${j.usps}`); // read-policy guarantees this
    const c = counts.get(j.usps);
    const n = Number(c?.agreements ?? 0);
    const pop = population.get(j.fips) ?? null;
    const nCounties = counties.byState.get(j.fips)?.length ?? 0;
    const covered = sheriffCounties.get(j.usps) ?? 0;
    const l = law.get(j.usps)!;
    const range = signedRange.get(j.usps);
    return {
      usps: j.usps,
      fips: j.fips,
      name: j.name,
      stance: p.stance,
      possibleStance: p.possible_stance,
      confidence: p.confidence,
      requires287gLocal: p.requires_287g_local,
      requiresDetainerCompliance: p.requires_detainer_compliance,
      agreements: n,
      agencies: Number(c?.agencies ?? 0),
      byModel: toByModel(c),
      population: pop,
      per100k: per100k(n, pop),
      counties: nCounties,
      countiesWithSheriffAgreement: covered,
      mismatch: mismatchFor(l.atSheet, n, { covered, counties: nCounties }),
      lawAtSheet: l.atSheet,
      stanceSince: l.since,
      lawChanges: l.changes,
      rank: 1,
      firstSigned: (range?.first as string | undefined) ?? null,
      lastSigned: (range?.last as string | undefined) ?? null,
    } satisfies StateSummary;
  });
  const ranks = rankDescending(base.map((s) => s.agreements));
  return base.map((s, i) => ({ ...s, rank: ranks[i]! }));
}

export function summarizeCounties(agreements: Agreement[]): CountyCounts {
  const t = aq.from(agreements.filter((a) => a.active && a.countyFips !== null));
  const out: CountyCounts = {};
  for (const r of modelCounts(t, ['countyFips']).orderby('countyFips').objects() as Row[]) {
    out[String(r.countyFips)] = { agreements: Number(r.agreements), agencies: Number(r.agencies), byModel: toByModel(r) };
  }
  return out;
}

/** Active agreements for each state as change points (steps/change-points.ts): the first snapshot, then each that changed the count. */
export function stateSeries(rows: NormalizedRow[], snapshots: SnapshotMeta[], sameAs: (date: string) => string = (d) => d): Map<string, Array<{ date: string; agreements: number }>> {
  const facts = factsBySnapshot(rows);
  return seriesFromFacts(snapshots, (d) => facts.get(sameAs(d)));
}

export function seriesFromFacts(snapshots: SnapshotMeta[], factsOf: FactsOf): Map<string, Array<{ date: string; agreements: number }>> {
  const all = snapshots.map((s) => factsOf(s.date)?.byState);
  return new Map(JURISDICTIONS.map((j) => [j.usps, changePoints(snapshots.map((s, i) => ({ date: s.date, agreements: all[i]?.[j.usps] ?? 0 })), (p) => p.agreements)]));
}

/** Cumulative count of the newest snapshot's agreements by SIGNED month, per state. */
export function signedByMonth(agreements: Agreement[]): Map<string, Array<{ month: string; cumulative: number }>> {
  const t = aq.from(agreements.filter((a) => a.active && a.signed).map((a) => ({ state: a.state, month: a.signed!.slice(0, 7) })));
  const rows = t.groupby('state', 'month').count().orderby('state', 'month').objects() as Row[];
  const out = new Map<string, Array<{ month: string; cumulative: number }>>();
  for (const r of rows) {
    const list = out.get(String(r.state)) ?? [];
    const prev = list.length ? list[list.length - 1]!.cumulative : 0;
    list.push({ month: String(r.month), cumulative: prev + Number(r.count) });
    out.set(String(r.state), list);
  }
  return out;
}
