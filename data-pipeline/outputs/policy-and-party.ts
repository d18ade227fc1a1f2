/** policy.json (review date, stance definitions, public corrections) and party.json / party.csv (who governed each state). */
import { PolicyMeta } from '../schema/records.ts';
import { PartyData } from '../schema/party.ts';
import { PARTY_SOURCE } from '../steps/read-party.ts';
import { PARTY_CSV_COLUMNS, buildPartyData } from '../steps/party-table.ts';
import { json, setCsv, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function policyAndPartyFiles(_ctx: RunContext, src: Sources, agg: Aggregates, out: OutputFiles): void {
  const { policy, corrections, partyRows } = src;
  const { states } = agg;
  out.set(
    'policy.json',
    json(validate(PolicyMeta, { reviewed: policy.reviewed, definitions: policy.definitions, definitionsEs: policy.definitionsEs, corrections }, 'policy.json')),
  );
  const { file: _partyFile, ...partySource } = PARTY_SOURCE;
  const party = validate(PartyData, buildPartyData({
    rows: partyRows,
    stances: new Map(states.map((s) => [s.usps, s.stance])),
    measures: new Map([...policy.states].map(([u, p]) => [u, p.measures.map((m) => ({ name: m.name, effective: m.effective }))])),
    source: partySource,
  }), 'party.json');
  out.set('party.json', json(party));
  setCsv(out, 'party.csv', party.states, PARTY_CSV_COLUMNS);

}
