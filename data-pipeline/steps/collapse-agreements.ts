/**
 * Collapses per-snapshot rows into one record per agreement (agency x model) and one per agency,
 * with first/last snapshot seen. The newest snapshot that lists a thing decides its name, type and
 * signed date, because ICE corrects its sheets over time.
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

/** Rows must be in snapshot order (oldest first); `latest` is the newest snapshot date. */
export function collapseAgreements(
  rows: NormalizedRow[],
  latest: string,
  counties: CountyIndex,
  fixes: CountyFixes,
  warnings: Warnings,
): Collapsed {
  const byAgency = new Map<string, NormalizedRow[]>();
  for (const r of rows) {
    const list = byAgency.get(r.agencyId) ?? [];
    list.push(r);
    byAgency.set(r.agencyId, list);
  }

  const agencies: Agency[] = [];
  const agreements: Agreement[] = [];
  for (const [id, list] of byAgency) {
    const newestFirst = [...list].reverse();
    const newest = newestFirst[0]!;
    const type: AgencyType = newestFirst.find((r) => r.agencyType !== 'unknown')?.agencyType ?? 'unknown';
    const countyTexts = [...new Set(newestFirst.map((r) => r.countyText).filter((t): t is string => t !== null))];
    const place = assignCounty(counties, fixes, { stateFips: newest.stateFips, name: newest.agencyName, type }, countyTexts);
    if (place.method === 'unmatched') warnings.add('county-unmatched', `${newest.state}: ${newest.agencyName} (${place.unmatchedText})`);

    const activeModels: Model[] = [];
    const mineAgreements: Agreement[] = [];
    let firstSigned: string | null = null;
    for (const model of MODELS) {
      const mine = list.filter((r) => r.model === model);
      if (mine.length === 0) continue;
      const last = mine[mine.length - 1]!;
      const signed = [...mine].reverse().find((r) => r.signed)?.signed ?? null;
      // ICE re-links a row when it replaces the PDF (an amended agreement): the newest link stands.
      const moaUrl = [...mine].reverse().find((r) => r.moaUrl)?.moaUrl ?? null;
      const active = last.snapshot === latest;
      if (active) activeModels.push(model);
      if (signed && (!firstSigned || signed < firstSigned)) firstSigned = signed;
      const agreement: Agreement = {
        id: `${id}--${model.toLowerCase()}`,
        agencyId: id,
        agencyName: newest.agencyName,
        state: newest.state,
        stateFips: newest.stateFips,
        agencyType: type,
        model,
        signed,
        countyFips: place.countyFips,
        countyName: place.countyName,
        firstSeen: mine[0]!.snapshot,
        lastSeen: last.snapshot,
        active,
        moaUrl,
        renamedTo: null,
      };
      agreements.push(agreement);
      mineAgreements.push(agreement);
    }
    agencies.push({
      id,
      name: newest.agencyName,
      state: newest.state,
      stateFips: newest.stateFips,
      type,
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
