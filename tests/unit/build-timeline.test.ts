import { describe, expect, it } from 'vitest';
import { diffSnapshots, monthRange, monthlySeries, type SnapshotRow } from '../../data-pipeline/steps/build-timeline.ts';

const r = (snapshot: string, agency: string, model: 'JEM' | 'WSO' | 'TFM', state = 'TX'): SnapshotRow => ({
  snapshot, state, agreementId: `${agency}--${model.toLowerCase()}`, agencyId: agency.toLowerCase(), agencyName: agency, model,
});
// Four hand-made sheets: A stays; B leaves in s2 and comes back in s4; C switches JEM -> WSO in s3; D is added in s3.
const dates = ['2025-01-10', '2025-02-20', '2025-03-15', '2025-05-02'];
const rows = [
  r(dates[0]!, 'A', 'TFM'), r(dates[0]!, 'B', 'WSO'), r(dates[0]!, 'C', 'JEM'),
  r(dates[1]!, 'A', 'TFM'), r(dates[1]!, 'C', 'JEM'),
  r(dates[2]!, 'A', 'TFM'), r(dates[2]!, 'C', 'WSO'), r(dates[2]!, 'D', 'TFM', 'FL'),
  r(dates[3]!, 'A', 'TFM'), r(dates[3]!, 'B', 'WSO'), r(dates[3]!, 'C', 'WSO'), r(dates[3]!, 'D', 'TFM', 'FL'), r(dates[3]!, 'G', 'TFM', 'GU'),
];

describe('counting agreements over time', () => {
  const changes = diffSnapshots(rows, dates);
  const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();

  it('adds everything at the first snapshot', () => {
    expect(ids(changes[0]!.added)).toEqual(['A--tfm', 'B--wso', 'C--jem']);
    expect(changes[0]!.previous).toBeNull();
  });
  it('ends an agreement at the snapshot where it vanished', () => {
    expect(changes[1]).toMatchObject({ previous: dates[0], added: [] });
    expect(ids(changes[1]!.removed)).toEqual(['B--wso']);
  });
  it('treats a model change as one ended and one added agreement', () => {
    expect(ids(changes[2]!.added)).toEqual(['C--wso', 'D--tfm']);
    expect(ids(changes[2]!.removed)).toEqual(['C--jem']);
  });
  it('counts a re-listed agreement as added again', () => {
    expect(ids(changes[3]!.added)).toEqual(['B--wso', 'G--tfm']);
    expect(changes[3]!.removed).toEqual([]);
  });
  it('carries the newest snapshot forward through months without a sheet', () => {
    const months = monthlySeries(rows, dates, new Set(['TX', 'FL']));
    expect(months.map((m) => [m.month, m.snapshot, m.total])).toEqual([
      ['2025-01', dates[0], 3], ['2025-02', dates[1], 2], ['2025-03', dates[2], 3], ['2025-04', dates[2], 3], ['2025-05', dates[3], 4],
    ]);
    expect(months[4]!.byState).toEqual({ TX: 3, FL: 1 });
    expect(months[4]!.byModel).toEqual({ JEM: 0, WSO: 2, TFM: 2 });
  });
  it('counts an agency with two models once among agencies and splits states by model', () => {
    const two = [...rows, r(dates[3]!, 'A', 'JEM')];
    const last = monthlySeries(two, dates, new Set(['TX', 'FL'])).at(-1)!;
    expect(last.total).toBe(5);
    expect(last.agencies).toBe(4);
    expect(last.byStateModel).toEqual({ TX: { JEM: 1, WSO: 2, TFM: 1 }, FL: { JEM: 0, WSO: 0, TFM: 1 } });
  });
  it('keeps agency names with the added and removed agreements', () => {
    expect(changes[1]!.removed).toEqual([{ id: 'B--wso', agency: 'B', state: 'TX', model: 'WSO' }]);
  });
  it('spans years in month ranges', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
