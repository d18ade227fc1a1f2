import { describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotRow } from '../../data-pipeline/steps/build-timeline.ts';
import { comparePair, countByState, monthIndex, pairCsv } from '@lib/timeline.ts';

const r = (snapshot: string, agency: string, model: 'JEM' | 'WSO' | 'TFM', state = 'TX'): SnapshotRow => ({
  snapshot, state, agreementId: `${agency.toLowerCase()}--${model.toLowerCase()}`, agencyId: agency.toLowerCase(), agencyName: agency, model,
});
// A stays; B leaves at s2 and is back at s4; C switches JEM -> WSO at s3; D (FL) is added at s3; E comes and goes between s1 and s4.
const d = ['2025-01-10', '2025-02-20', '2025-03-15', '2025-05-02'] as const;
const rows = [
  r(d[0], 'A', 'TFM'), r(d[0], 'B', 'WSO'), r(d[0], 'C', 'JEM'),
  r(d[1], 'A', 'TFM'), r(d[1], 'C', 'JEM'), r(d[1], 'E', 'TFM', 'FL'),
  r(d[2], 'A', 'TFM'), r(d[2], 'C', 'WSO'), r(d[2], 'D', 'TFM', 'FL'),
  r(d[3], 'A', 'TFM'), r(d[3], 'B', 'WSO'), r(d[3], 'C', 'WSO'), r(d[3], 'D', 'TFM', 'FL'),
];
const changes = diffSnapshots(rows, [...d]);
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();

describe('comparing any two snapshots', () => {
  it('rebuilds each sheet from the consecutive diffs and compares sets (re-added agreement counts as unchanged)', () => {
    const p = comparePair(changes, d[0], d[3]);
    expect(ids(p.added)).toEqual(['c--wso', 'd--tfm']);
    expect(ids(p.removed)).toEqual(['c--jem']);
  });
  it('an agreement that came and went between the two sheets is in neither list', () => {
    const p = comparePair(changes, d[0], d[2]);
    expect(ids(p.added)).not.toContain('e--tfm');
    expect(ids(p.removed)).toEqual(['b--wso', 'c--jem']);
  });
  it('a model change is one removed and one added agreement; order of the dates does not matter', () => {
    expect(comparePair(changes, d[2], d[1])).toEqual(comparePair(changes, d[1], d[2]));
    const p = comparePair(changes, d[1], d[2]);
    expect(ids(p.added)).toEqual(['c--wso', 'd--tfm']);
    expect(ids(p.removed)).toEqual(['c--jem', 'e--tfm']);
  });
  it('counts per state, sorted by name', () => {
    const names: Record<string, string> = { TX: 'Texas', FL: 'Florida' };
    expect(countByState(comparePair(changes, d[1], d[2]), (u) => names[u]!)).toEqual([
      { state: 'FL', added: 1, removed: 1 },
      { state: 'TX', added: 1, removed: 1 },
    ]);
  });
  it('writes CSV with quoting and defuses spreadsheet formulas in agency names', () => {
    const csv = pairCsv({ from: d[0], to: d[1], added: [{ id: 'x', agency: '=HYPERLINK("evil")', state: 'TX', model: 'TFM' }], removed: [{ id: 'y', agency: 'Sheriff, County', state: 'TX', model: 'JEM' }] });
    expect(csv.split('\n')).toEqual([
      'change,from_sheet,to_sheet,state,agency_name,model,agreement_id',
      `added,${d[0]},${d[1]},TX,"'=HYPERLINK(""evil"")",TFM,x`,
      `removed,${d[0]},${d[1]},TX,"Sheriff, County",JEM,y`,
      '',
    ]);
  });
});

describe('?date= parsing', () => {
  const months = ['2025-01', '2025-02', '2025-03'];
  it('accepts a listed month and rejects everything else', () => {
    expect(monthIndex(months, '2025-02')).toBe(1);
    for (const bad of [null, '', '2024-12', '2025-04', '2025-2', '2025-02-01', 'latest']) expect(monthIndex(months, bad)).toBeNull();
  });
});
