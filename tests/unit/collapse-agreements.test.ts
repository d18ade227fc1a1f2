/** data-pipeline/steps/collapse-agreements.ts: per-snapshot rows to one record per agreement and per agency. */
import { describe, expect, it } from 'vitest';
import { collapseAgreements } from '../../data-pipeline/steps/collapse-agreements.ts';
import { buildCountyIndex } from '../../data-pipeline/steps/match-counties.ts';
import type { NormalizedRow } from '../../data-pipeline/steps/normalize-agreements.ts';
import { Warnings } from '../../data-pipeline/errors.ts';

const counties = buildCountyIndex([
  { id: '48201', properties: { name: 'Harris' } }, { id: '48113', properties: { name: 'Dallas' } }, { id: '12086', properties: { name: 'Miami-Dade' } },
]);
const S = ['2025-01-10', '2025-03-01', '2025-05-02'] as const;
const LATEST = S[2];
let n = 0;
const row = (snapshot: string, over: Partial<NormalizedRow>): NormalizedRow => ({
  snapshot, file: `${snapshot}.xlsx`, row: ++n, state: 'TX', stateFips: '48', agencyId: 'tx-a', agencyName: 'A', agencyType: 'county',
  model: 'TFM', signed: null, countyText: null, ...over,
});
const run = (rows: NormalizedRow[]) => {
  const warnings = new Warnings();
  return { ...collapseAgreements(rows, LATEST, counties, new Map(), warnings), warnings };
};

describe('collapseAgreements', () => {
  // Agency tx-a: JEM on the first sheet only; TFM on all three, renamed and re-dated on the newest.
  const rows = [
    row(S[0], { model: 'JEM', signed: '2019-04-01', countyText: 'Harris' }),
    row(S[0], { model: 'TFM', signed: '2025-01-05', countyText: 'Harris' }),
    row(S[1], { model: 'TFM', signed: '2025-01-05', agencyType: 'unknown', countyText: 'Harris County' }),
    row(S[2], { model: 'TFM', signed: null, agencyName: 'A Renamed', agencyType: 'unknown', countyText: 'Nowhere' }),
  ];
  const out = run(rows);

  it('one agreement per agency and model, first and last seen, active only if on the newest sheet', () => {
    expect(out.agreements.map((a) => [a.id, a.firstSeen, a.lastSeen, a.active])).toEqual([
      ['tx-a--jem', S[0], S[0], false],
      ['tx-a--tfm', S[0], S[2], true],
    ]);
  });

  it('the newest sheet names the agency; the newest known type and signed date win over blanks', () => {
    for (const a of out.agreements) expect([a.agencyName, a.agencyType]).toEqual(['A Renamed', 'county']);
    expect(out.agreements.find((a) => a.model === 'TFM')!.signed).toBe('2025-01-05');
    expect(out.agreements.find((a) => a.model === 'JEM')!.signed).toBe('2019-04-01');
  });

  it('the agency record: active models, earliest signed date over all models, county from an older COUNTY cell', () => {
    expect(out.agencies).toEqual([{
      id: 'tx-a', name: 'A Renamed', state: 'TX', stateFips: '48', type: 'county', countyFips: '48201', countyName: 'Harris',
      countyMatch: 'county-column', activeModels: ['TFM'], firstSigned: '2019-04-01', active: true, moaUrls: [],
    }]);
    expect(out.agreements.every((a) => a.countyFips === '48201')).toBe(true);
    expect(out.warnings.count('county-unmatched')).toBe(0);
  });

  it('an agency gone from the newest sheet is inactive with no active model', () => {
    const gone = run([row(S[0], { agencyId: 'tx-b', agencyName: 'Dallas County Sheriff', countyText: null })]);
    expect(gone.agencies[0]).toMatchObject({ active: false, activeModels: [], countyFips: '48113', countyMatch: 'agency-name', firstSigned: null });
  });

  it('a state agency is statewide; a county that matches nothing is reported, never guessed', () => {
    const r = run([
      row(LATEST, { agencyId: 'tx-dps', agencyName: 'Texas DPS', agencyType: 'state', countyText: 'Travis' }),
      row(LATEST, { agencyId: 'tx-x', agencyName: 'X Police', agencyType: 'municipal', countyText: 'Atlantis' }),
    ]);
    expect(r.agencies.map((a) => [a.id, a.countyMatch, a.countyFips])).toEqual([['tx-dps', 'statewide', null], ['tx-x', 'unmatched', null]]);
    expect(r.warnings.list()).toEqual([{ code: 'county-unmatched', count: 1, examples: ['TX: X Police (Atlantis)'] }]);
  });

  it('sorts by state, then id, whatever the input order; models in MODELS order', () => {
    const r = run([
      row(LATEST, { agencyId: 'tx-z', model: 'WSO' }), row(LATEST, { agencyId: 'tx-z', model: 'JEM' }),
      row(LATEST, { agencyId: 'fl-b', state: 'FL', stateFips: '12' }), row(LATEST, { agencyId: 'tx-c' }),
    ]);
    expect(r.agencies.map((a) => a.id)).toEqual(['fl-b', 'tx-c', 'tx-z']);
    expect(r.agreements.map((a) => a.id)).toEqual(['fl-b--tfm', 'tx-c--tfm', 'tx-z--jem', 'tx-z--wso']);
    expect(r.agencies.find((a) => a.id === 'tx-z')!.activeModels).toEqual(['JEM', 'WSO']);
  });
});
