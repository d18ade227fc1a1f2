/**
 * summary.json `snapshots` as runs: one point per run of consecutive sheets whose counted values and
 * source are all equal, dated by the run's first sheet, with its last sheet (`through`) and how many
 * sheets it holds (`sheets`). Identical daily sheets then lengthen a run instead of adding a point, and
 * the sheet count and date range stay known (the sum of `sheets`; the first `date` to the last `through`).
 */
import type { SnapshotPoint } from '../schema/records.ts';
import { changeIndices } from './change-points.ts';

export type SheetPoint = Omit<SnapshotPoint, 'through' | 'sheets'>;

/** Everything a sheet's point says except its date. */
const counted = (p: SheetPoint) => JSON.stringify([p.source, p.agreements, p.agencies, p.states, p.byModel.JEM, p.byModel.WSO, p.byModel.TFM, p.moaLinks.rows, p.moaLinks.linked]);

export function snapshotRuns(points: readonly SheetPoint[]): SnapshotPoint[] {
  const keys = points.map(counted);
  const starts = changeIndices(points.length, (i) => keys[i] !== keys[i - 1]);
  return starts.map((start, k) => {
    const end = (starts[k + 1] ?? points.length) - 1;
    const { date, ...rest } = points[start]!;
    return { date, through: points[end]!.date, sheets: end - start + 1, ...rest };
  });
}

