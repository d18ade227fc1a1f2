import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { checkConsistency } from '../../data-pipeline/steps/check-consistency.ts';
import type { Agreement, CountyCounts, Summary } from '../../data-pipeline/schema/records.ts';
import { csvParse } from 'd3-dsv';

let r: PipelineResult;
let summary: Summary;
let agreements: Agreement[];
let counties: CountyCounts;
let policyStates: Set<string>;
beforeAll(async () => {
  r = await runPipeline({ quiet: true });
  summary = r.summary;
  agreements = csvParse(String(r.files.get('agreements.csv'))).map((a) => ({ ...a, active: a.active === 'true', countyFips: a.county_fips || null, state: a.state })) as unknown as Agreement[];
  counties = JSON.parse(String(r.files.get('county-counts.json')));
  policyStates = new Set(summary.states.map((s) => s.usps));
  // A full pipeline run: ~3 s alone, over 10 s on a busy 2-core machine.
}, 60_000);

describe('checkConsistency', () => {
  it('passes on the real outputs', () => {
    expect(checkConsistency(summary, agreements, counties, new Map(), policyStates)).toEqual([]);
  });
  it('catches totals that disagree', () => {
    const bad = structuredClone(summary);
    bad.states[0]!.agreements += 1;
    expect(checkConsistency(bad, agreements, counties, new Map(), policyStates).join()).toMatch(/national agreements \d+ != sum of states/);
    const lost = { ...counties };
    delete lost[Object.keys(lost)[0]!];
    expect(checkConsistency(summary, agreements, lost, new Map(), policyStates).join()).toMatch(/county counts/);
  });
  it('stops on a snapshot drop unless a note explains it', () => {
    const bad = structuredClone(summary);
    bad.snapshots[5]!.agreements = Math.round(bad.snapshots[4]!.agreements * 0.8);
    expect(checkConsistency(bad, agreements, counties, new Map(), policyStates).join()).toMatch(new RegExp(`snapshot ${bad.snapshots[5]!.date}: .*snapshot-notes\\.csv`));
    expect(checkConsistency(bad, agreements, counties, new Map([[bad.snapshots[5]!.date, 'ICE published half the list']]), policyStates)).toEqual([]);
  });
  it('stops when a state with agreements has no policy entry', () => {
    const tx = summary.states.find((s) => s.usps === 'TX')!;
    expect(tx.agreements).toBeGreaterThan(0);
    const without = new Set([...policyStates].filter((u) => u !== 'TX'));
    expect(checkConsistency(summary, agreements, counties, new Map(), without)).toEqual(['TX has agreements but no entry in the policy table']);
    // A state without agreements needs no entry for this rule (readPolicy still requires all 51).
    const idle = summary.states.find((s) => s.agreements === 0);
    expect(idle?.usps).toBe('CA');
    expect(checkConsistency(summary, agreements, counties, new Map(), new Set([...policyStates].filter((u) => u !== idle!.usps)))).toEqual([]);
  });
});
