/**
 * Collapses per-snapshot rows into one record per agreement (agency x model) and one per agency,
 * with first/last snapshot seen. The newest snapshot that lists a thing decides its name, type and
 * signed date, because ICE corrects its sheets over time. Done as a fold (one sheet's rows at a time
 * into a small per-agency state, data-pipeline/sheet-state.ts keeps it between runs) and a finish
 * that places each agency in a county: a refresh folds only the new sheet.
 */
import type { Agency, AgencyType, Agreement, Model } from '../schema/records.ts';
import { MODELS } from '../schema/records.ts';
import type { NormalizedRow } from './normalize-agreements.ts';
import { assignCounty, type CountyFixes, type CountyIndex } from './match-counties.ts';
import type { Warnings } from '../errors.ts';

export interface Collapsed {
  agreements: Agreement[];
  agencies: Agency[];
}

/** What the rows so far say of one agreement: first and last sheet, newest signed date and link. */
export type ModelFold = { first: string; last: string; signed: string | null; moaUrl: string | null };
/** What the rows so far say of one agency: its newest row's name and state, newest known type, county texts (most recent last). */
export interface AgencyFold {
  id: string;
  name: string;
  state: string;
  stateFips: string;
  type: AgencyType;
  texts: string[];
  models: Partial<Record<Model, ModelFold>>;
}
/** Agencies in order of first appearance (the order county warnings are raised in). */
export type CollapseFold = AgencyFold[];

/** Adds rows (in snapshot order, oldest first) to the fold; `index` maps an id to its place in `fold`. */
export function foldRows(fold: CollapseFold, rows: NormalizedRow[], index = new Map(fold.map((a, i) => [a.id, i]))): CollapseFold {
  for (const r of rows) {
    let at = index.get(r.agencyId);
    if (at === undefined) {
      index.set(r.agencyId, (at = fold.length));
      fold.push({ id: r.agencyId, name: r.agencyName, state: r.state, stateFips: r.stateFips, type: 'unknown', texts: [], models: {} });
    }
    const a = fold[at]!;
    a.name = r.agencyName;
    a.state = r.state;
    a.stateFips = r.stateFips;
    if (r.agencyType !== 'unknown') a.type = r.agencyType;
    if (r.countyText !== null) {
      const i = a.texts.indexOf(r.countyText);
      if (i >= 0) a.texts.splice(i, 1);
      a.texts.push(r.countyText);
    }
    const m = (a.models[r.model] ??= { first: r.snapshot, last: r.snapshot, signed: null, moaUrl: null });
    m.last = r.snapshot;
    // ICE re-links a row when it replaces the PDF (an amended agreement): the newest link stands.
    if (r.signed) m.signed = r.signed;
    if (r.moaUrl) m.moaUrl = r.moaUrl;
  }
  return fold;
}

/** The records from a fold; `latest` is the newest snapshot date (an agreement listed there is active). */
export function finishCollapse(fold: CollapseFold, latest: string, counties: CountyIndex, fixes: CountyFixes, warnings: Warnings): Collapsed {
  const agencies: Agency[] = [];
  const agreements: Agreement[] = [];
  for (const f of fold) {
    const id = f.id;
    const place = assignCounty(counties, fixes, { stateFips: f.stateFips, name: f.name, type: f.type }, [...f.texts].reverse());
    if (place.method === 'unmatched') warnings.add('county-unmatched', `${f.state}: ${f.name} (${place.unmatchedText})`);
    const activeModels: Model[] = [];
    const mineAgreements: Agreement[] = [];
    let firstSigned: string | null = null;
    for (const model of MODELS) {
      const m = f.models[model];
      if (!m) continue;
      const active = m.last === latest;
      if (active) activeModels.push(model);
      if (m.signed && (!firstSigned || m.signed < firstSigned)) firstSigned = m.signed;
      const agreement: Agreement = {
        id: `${id}--${model.toLowerCase()}`,
        agencyId: id,
        agencyName: f.name,
        state: f.state,
        stateFips: f.stateFips,
        agencyType: f.type,
        model,
        signed: m.signed,
        countyFips: place.countyFips,
        countyName: place.countyName,
        firstSeen: m.first,
        lastSeen: m.last,
        active,
        moaUrl: m.moaUrl,
        renamedTo: null,
      };
      agreements.push(agreement);
      mineAgreements.push(agreement);
    }
    agencies.push({
      id,
      name: f.name,
      state: f.state,
      stateFips: f.stateFips,
      type: f.type,
      countyFips: place.countyFips,
      countyName: place.countyName,
      countyMatch: place.method,
      activeModels,
      firstSigned,
      active: activeModels.length > 0,
      moaUrls: [...new Set(mineAgreements.filter((g) => g.active || activeModels.length === 0).map((g) => g.moaUrl).filter((u): u is string => u !== null))],
    });
  }
  const order = (a: { state: string; name?: string; agencyName?: string; id: string }, b: typeof a) =>
    a.state.localeCompare(b.state) || a.id.localeCompare(b.id);
  return { agreements: agreements.sort(order), agencies: agencies.sort(order) };
}

/** Rows must be in snapshot order (oldest first); `latest` is the newest snapshot date. */
export function collapseAgreements(rows: NormalizedRow[], latest: string, counties: CountyIndex, fixes: CountyFixes, warnings: Warnings): Collapsed {
  return finishCollapse(foldRows([], rows), latest, counties, fixes, warnings);
}
