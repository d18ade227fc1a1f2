import { describe, expect, it } from 'vitest';
import { mergeStripRuns, type StripRect } from '../../src/lib/strip-runs.ts';

const month = (i: number, blocks: Array<[string, number, number, number]>, w = 2): StripRect[] =>
  blocks.map(([k, y, h, n]) => ({ k, x: i * w, w, y, h, n }));

describe('law strip runs', () => {
  it('merges touching months with the same block and keeps every change', () => {
    const months = [
      month(0, [['a', 10, 5, 3], ['b', 5, 5, 3]]),
      month(1, [['a', 10, 5, 3], ['b', 5, 5, 3]]),
      month(2, [['a', 9, 6, 4], ['b', 5, 4, 2]]),
      month(3, [['a', 9, 6, 4]]),
      month(4, [['a', 9, 6, 4], ['b', 5, 4, 2]]),
    ];
    expect(mergeStripRuns(months)).toEqual([
      { k: 'a', x: 0, w: 4, y: 10, h: 5, n: 3 },
      { k: 'a', x: 4, w: 6, y: 9, h: 6, n: 4 },
      { k: 'b', x: 0, w: 4, y: 5, h: 5, n: 3 },
      { k: 'b', x: 4, w: 2, y: 5, h: 4, n: 2 },
      { k: 'b', x: 8, w: 2, y: 5, h: 4, n: 2 },
    ]);
  });

  it('does not bridge a gap on the axis, and covers exactly the area of the bars', () => {
    const months = [month(0, [['a', 0, 1, 1]]), month(1, [['a', 0, 1, 1]]), [{ k: 'a', x: 10, w: 2, y: 0, h: 1, n: 1 }]];
    const runs = mergeStripRuns(months);
    expect(runs.map((r) => [r.x, r.w])).toEqual([[0, 4], [10, 2]]);
    const area = (rs: StripRect[]) => rs.reduce((s, r) => s + r.w * r.h, 0);
    expect(area(runs)).toBe(area(months.flat()));
  });
});
