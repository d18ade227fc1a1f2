import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { checkConsistency } from '../../data-pipeline/steps/check-consistency.ts';
import type { Agreement, CountyCounts, Summary } from '../../data-pipeline/schema/records.ts';
import { csvParse } from 'd3-dsv';

let r: PipelineResult;
let summary: Summary;
let agreements: Agreement[];
let counties: CountyCounts;
beforeAll(async () => {
  r = await runPipeline({ quiet: true });
  summary = r.summary;
  agreements = csvParse(String(r.files.get('agreements.csv'))).map((a) => ({ ...a, active: a.active === 'true', countyFips: a.county_fips || null, state: a.state })) as unknown as Agreement[];
  counties = JSON.parse(String(r.files.get('county-counts.json')));
});

describe('checkConsistency', () => {
  it('passes on the real outputs', () => {
    expect(checkConsistency(summary, agreements, counties, new Map())).toEqual([]);
  });
  it('catches totals that disagree', () => {
    const bad = structuredClone(summary);
    bad.states[0]!.agreements += 1;
    expect(checkConsistency(bad, agreements, counties, new Map()).join()).toMatch(/national agreements \d+ != sum of states/);
    const lost = { ...counties };
    delete lost[Object.keys(lost)[0]!];
    expect(checkConsistency(summary, agreements, lost, new Map()).join()).toMatch(/county counts/);
  });
  it('stops on a snapshot drop unless a note explains it', () => {
    const bad = structuredClone(summary);
    bad.snapshots[5]!.agreements = Math.round(bad.snapshots[4]!.agreements * 0.8);
    expect(checkConsistency(bad, agreements, counties, new Map()).join()).toMatch(new RegExp(`snapshot ${bad.snapshots[5]!.date}: .*snapshot-notes\\.csv`));
    expect(checkConsistency(bad, agreements, counties, new Map([[bad.snapshots[5]!.date, 'ICE published half the list']]))).toEqual([]);
  });
});
