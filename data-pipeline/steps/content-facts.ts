/**
 * What the per-sheet series need of one sheet's rows, counted once per distinct content: the
 * snapshot point of summary.json, the per-state series of states/*.json and the month points of
 * timeline.json all read these few numbers, never the rows, so a refresh over 1,000 stored sheets
 * reads 1,000 small records (data-pipeline/sheet-state.ts) instead of 1.8 million rows.
 */
import { STATES_AND_DC } from '../schema/geo.ts';
import type { SheetPoint } from './snapshot-runs.ts';
import type { ByModel, Model, SnapshotPoint } from '../schema/records.ts';

export interface ContentFacts {
  /** Every row, and those with a signed-agreement link. */
  rows: number;
  linked: number;
  /** Rows, distinct agencies, states and rows by model in the drawn 50 states + DC. */
  agreements: number;
  agencies: number;
  states: number;
  byModel: ByModel;
  /** Distinct agencies in every jurisdiction (territories too). */
  agenciesAll: number;
  /** Rows per jurisdiction (territories too), in order of first appearance. */
  byState: Record<string, number>;
  /** Rows per drawn state and model. */
  byStateModel: Record<string, ByModel>;
}

export type FactRow = { state: string; agencyId: string; model: Model; moaUrl?: string | null };

const DRAWN = new Set(STATES_AND_DC.map((s) => s.usps));

/** `drawn`: the jurisdictions that count toward agreements, agencies, states and byStateModel. */
export function contentFacts(rows: ReadonlyArray<FactRow>, drawn: ReadonlySet<string> = DRAWN): ContentFacts {
  const f: ContentFacts = { rows: 0, linked: 0, agreements: 0, agencies: 0, states: 0, byModel: { JEM: 0, WSO: 0, TFM: 0 }, agenciesAll: 0, byState: {}, byStateModel: {} };
  const agencies = new Set<string>();
  const all = new Set<string>();
  for (const r of rows) {
    f.rows++;
    if (r.moaUrl) f.linked++;
    f.byState[r.state] = (f.byState[r.state] ?? 0) + 1;
    all.add(r.agencyId);
    if (!drawn.has(r.state)) continue;
    f.agreements++;
    f.byModel[r.model]++;
    agencies.add(r.agencyId);
    (f.byStateModel[r.state] ??= { JEM: 0, WSO: 0, TFM: 0 })[r.model]++;
  }
  f.agencies = agencies.size;
  f.agenciesAll = all.size;
  f.states = Object.keys(f.byStateModel).length;
  return f;
}

/** Facts of each snapshot's rows, by snapshot date. */
export function factsBySnapshot(rows: ReadonlyArray<FactRow & { snapshot: string }>, drawn?: ReadonlySet<string>): Map<string, ContentFacts> {
  const groups = new Map<string, Array<FactRow>>();
  for (const r of rows) (groups.get(r.snapshot) ?? groups.set(r.snapshot, []).get(r.snapshot)!).push(r);
  return new Map([...groups].map(([d, g]) => [d, contentFacts(g, drawn)]));
}

/** summary.json's point for one sheet (facts undefined: a sheet without rows). */
export function snapshotPoint(s: { date: string; source: SnapshotPoint['source'] }, f: ContentFacts | undefined): SheetPoint {
  return {
    date: s.date,
    source: s.source,
    agreements: f?.agreements ?? 0,
    agencies: f?.agencies ?? 0,
    states: f?.states ?? 0,
    byModel: { JEM: f?.byModel.JEM ?? 0, WSO: f?.byModel.WSO ?? 0, TFM: f?.byModel.TFM ?? 0 },
    moaLinks: { rows: f?.rows ?? 0, linked: f?.linked ?? 0 },
  };
}

/** A sheet's numbers for timeline.json's months (before the month is set). */
export function monthFacts(f: ContentFacts | undefined, snapshot: string) {
  return {
    snapshot,
    total: f?.agreements ?? 0,
    agencies: f?.agencies ?? 0,
    byModel: { JEM: f?.byModel.JEM ?? 0, WSO: f?.byModel.WSO ?? 0, TFM: f?.byModel.TFM ?? 0 },
    byState: Object.fromEntries(Object.keys(f?.byStateModel ?? {}).map((st) => [st, f!.byState[st]!])),
    byStateModel: Object.fromEntries(Object.entries(f?.byStateModel ?? {}).map(([st, m]) => [st, { ...m }])),
  };
}

/** Facts as a short array for the stored state: a run reads a thousand of them. */
export type PackedFacts = [number, number, number, number, number, number, number, number, number, Array<[string, number] | [string, number, number, number, number]>];

export function packFacts(f: ContentFacts): PackedFacts {
  const states = Object.entries(f.byState).map(([st, n]): [string, number] | [string, number, number, number, number] => {
    const m = f.byStateModel[st];
    return m ? [st, n, m.JEM, m.WSO, m.TFM] : [st, n];
  });
  return [f.rows, f.linked, f.agreements, f.agencies, f.states, f.byModel.JEM, f.byModel.WSO, f.byModel.TFM, f.agenciesAll, states];
}

export function unpackFacts([rows, linked, agreements, agencies, states, JEM, WSO, TFM, agenciesAll, list]: PackedFacts): ContentFacts {
  const f: ContentFacts = { rows, linked, agreements, agencies, states, byModel: { JEM, WSO, TFM }, agenciesAll, byState: {}, byStateModel: {} };
  for (const [st, n, ...m] of list) {
    f.byState[st] = n;
    if (m.length === 3) f.byStateModel[st] = { JEM: m[0]!, WSO: m[1]!, TFM: m[2]! };
  }
  return f;
}
