/** src/lib/party-marks.ts: the party-control marks are a square, a circle and a diamond centred on 0,0. */
import { expect, it } from 'vitest';
import { markPath } from '@lib/party-marks.ts';

/** Every number pair in the path's absolute commands (M, L, and the end points of A). */
function points(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVAZ])([^MLHVAZ]*)/g)) {
    const n = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else if (cmd === 'A') [x, y] = [n[5]!, n[6]!];
    else continue;
    out.push([x, y]);
  }
  return out;
}

it('Republican: a square with corners at ±r', () => {
  const d = markPath('republican', 5);
  expect(d.endsWith('Z')).toBe(true);
  expect(points(d)).toEqual([[-5, -5], [5, -5], [5, 5], [-5, 5]]);
});

it('Democratic: a circle of radius r drawn as two half arcs', () => {
  const d = markPath('democratic', 4);
  expect(d.match(/A4,4 0 1,0/g)).toHaveLength(2);
  expect(points(d)).toEqual([[-4, 0], [4, 0], [-4, 0]]);
});

it('Divided: a diamond, 1.25 r from the centre to each tip, so its area is close to the square’s', () => {
  const d = markPath('divided', 4);
  expect(points(d)).toEqual([[0, -5], [5, 0], [0, 5], [-5, 0]]);
  const diamondArea = 2 * 5 * 5;
  const squareArea = 8 * 8;
  expect(diamondArea / squareArea).toBeGreaterThan(0.75);
});

it('rounds to two decimals and keeps the shape for fractional sizes', () => {
  expect(markPath('republican', 1 / 3)).toBe('M-0.33,-0.33H0.33V0.33H-0.33Z');
  expect(markPath('divided', 1 / 3)).toBe('M0,-0.42L0.42,0L0,0.42L-0.42,0Z');
});
