/**
 * The per-record outputs: summary.json and history.json as built, states/*.json (a state's summary,
 * reader policy and agencies) with each state's CSV, the agreement/agency/pending downloads, county
 * counts and the explorer's agency index.
 */
import { Agreement, Agency, AgencyIndex, StateDetail } from '../schema/records.ts';
import type { StateEntry } from '../schema/policy.ts';
import type { SpanishTexts } from '../steps/read-policy.ts';
import { segments } from '../steps/law-at-date.ts';
import { AGENCY_COLUMNS, AGREEMENT_COLUMNS, PENDING_COLUMNS } from '../steps/csv-columns.ts';
import { json, setCsv, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

const TIER_ORDER = { primary: 0, news: 1, secondary: 2 } as const;

/** The reader's view of one state's policy entry: no editors' fields, sources primary first. */
function readerPolicy(p: StateEntry, es: SpanishTexts): Omit<StateDetail['policy'], 'segments'> {
  return {
    readerNote: p.reader_note,
    readerNoteEs: es.readerNote,
    measures: p.measures.map((m, i) => ({
      name: m.name,
      nameEs: es.measures[i]!.name,
      kind: m.kind,
      status: m.status,
      signed: m.signed,
      effective: m.effective,
      summary: m.summary,
      summaryEs: es.measures[i]!.summary,
      sources: [...m.sources].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]).map(({ url, publisher, tier }) => ({ url, publisher, tier })),
    })),
  };
}

export function recordFiles(_ctx: RunContext, src: Sources, agg: Aggregates, out: OutputFiles): void {
  const { policy, periods, collapsed, pending, history } = src;
  const { summary, states, series, signedMonths, counties, activeAll } = agg;
  out.set('summary.json', json(summary));
  out.set('history.json', json(history));
  for (const s of states) {
    const p = policy.states.get(s.usps)!;
    const detail = validate(
      StateDetail,
      {
        summary: s,
        policy: { ...readerPolicy(p, policy.es.get(s.usps)!), segments: segments(periods.get(s.usps)!, policy.reviewed) },
        agencies: collapsed.agencies
          .filter((a) => a.state === s.usps && a.active)
          .map((a) => ({
            id: a.id,
            name: a.name,
            type: a.type,
            countyName: a.countyName,
            countyFips: a.countyFips,
            models: activeAll.filter((g) => g.agencyId === a.id).map((g) => ({ model: g.model, signed: g.signed, moaUrl: g.moaUrl })),
          })),
        asOf: summary.asOf,
        series: series.get(s.usps) ?? [],
        signedByMonth: signedMonths.get(s.usps) ?? [],
      },
      `states/${s.usps.toLowerCase()}.json`,
    );
    out.set(`states/${s.usps.toLowerCase()}.json`, json(detail));
    setCsv(out, `states/${s.usps.toLowerCase()}.csv`, collapsed.agreements.filter((a) => a.state === s.usps && a.active), AGREEMENT_COLUMNS);
  }
  for (const a of collapsed.agreements) validate(Agreement, a, 'agreements.csv');
  for (const a of collapsed.agencies) validate(Agency, a, 'agencies.csv');
  setCsv(out, 'agreements.csv', collapsed.agreements, AGREEMENT_COLUMNS);
  setCsv(out, 'agencies.csv', collapsed.agencies, AGENCY_COLUMNS);
  setCsv(out, 'pending.csv', pending.flatMap((p) => p.rows()), PENDING_COLUMNS);
  out.set('county-counts.json', json(counties));
  out.set(
    'agency-index.json',
    json(validate(AgencyIndex, collapsed.agencies.filter((a) => a.active).map((a) => [a.id, a.name, a.state, a.countyFips, a.type, a.activeModels.join('+')]), 'agency-index.json')),
  );

}
