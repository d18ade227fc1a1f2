/**
 * summary.json (and the per-state summaries and county counts every other output reuses): national
 * and state totals at the newest sheet, checked for consistency with the agreement records.
 */
import { csvParse } from 'd3-dsv';
import { JURISDICTIONS, STATES_AND_DC } from '../schema/geo.ts';
import { STANCES } from '../schema/policy.ts';
import { CountyCounts, Summary } from '../schema/records.ts';
import { InputError } from '../errors.ts';
import { validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import { checkConsistency } from '../steps/check-consistency.ts';
import { per100k, seriesFromFacts, signedByMonth, snapshotPoints, summarizeCounties, summarizeStates } from '../steps/summarize-states.ts';

export function buildSummary(ctx: RunContext, src: Sources) {
  const { collapsed, policy, law, population, countyIndex, factsOf, snapshots, pending, latest, countyMatch } = src;
  const states = summarizeStates(collapsed.agreements, policy.states, law, population, countyIndex);
  const points = snapshotPoints(snapshots, factsOf);
  const series = seriesFromFacts(snapshots, factsOf);
  const signedMonths = signedByMonth(collapsed.agreements);
  const counties = validate(CountyCounts, summarizeCounties(collapsed.agreements), 'county-counts.json');
  const activeAll = collapsed.agreements.filter((a) => a.active);
  const drawn = new Set(STATES_AND_DC.map((s) => s.usps));
  const nationalPop = STATES_AND_DC.reduce((n, s) => n + (population.get(s.fips) ?? 0), 0);
  const nat = states.reduce(
    (acc, s) => ({ agreements: acc.agreements + s.agreements, JEM: acc.JEM + s.byModel.JEM, WSO: acc.WSO + s.byModel.WSO, TFM: acc.TFM + s.byModel.TFM }),
    { agreements: 0, JEM: 0, WSO: 0, TFM: 0 },
  );
  const territories = JURISDICTIONS.filter((j) => j.territory)
    .map((j) => {
      const mine = activeAll.filter((a) => a.state === j.usps);
      return { usps: j.usps, fips: j.fips, name: j.name, agreements: mine.length, agencies: new Set(mine.map((a) => a.agencyId)).size };
    })
    .filter((t) => t.agreements > 0);
  const lastPending = pending[pending.length - 1];
  const summary = validate(
    Summary,
    {
      asOf: latest,
      national: {
        agreements: nat.agreements,
        agencies: new Set(activeAll.filter((a) => drawn.has(a.state)).map((a) => a.agencyId)).size,
        statesWithAgreements: states.filter((s) => s.agreements > 0).length,
        byModel: { JEM: nat.JEM, WSO: nat.WSO, TFM: nat.TFM },
        agreementsInclTerritories: activeAll.length,
        per100k: population.size ? per100k(nat.agreements, nationalPop) : null,
      },
      territories,
      stanceCounts: Object.fromEntries(STANCES.map((st) => [st, states.filter((s) => s.stance === st).length])),
      unsettled: states.filter((s) => s.confidence === 'low' || s.possibleStance !== null).map((s) => s.usps),
      snapshots: points,
      latestPending: lastPending ? { date: lastPending.date, agencies: new Set(lastPending.rows().map((r) => r.agencyId)).size } : null,
      countyMatch,
      policyCompiled: policy.reviewed,
      states,
    },
    'summary.json',
  );
  const notesRel = 'ice-287g/snapshot-notes.csv';
  const notes = new Map<string, string>(
    ctx.has(notesRel) ? csvParse(ctx.readInput(notesRel, 'snapshot-notes').toString('utf8')).map((r) => [r.date ?? '', r.note ?? '']) : [],
  );
  const problems = checkConsistency(summary, collapsed.agreements, counties, notes, new Set(policy.states.keys()));
  if (problems.length > 0) throw new InputError({ file: 'pipeline outputs' }, 'outputs that agree with each other', problems.join('; '));
  ctx.step('summarise', `${summary.national.agreements} active agreements in ${summary.national.statesWithAgreements} states (of 50 + DC)`);

  return { summary, states, series, signedMonths, counties, activeAll, drawn };
}

export type Aggregates = ReturnType<typeof buildSummary>;
