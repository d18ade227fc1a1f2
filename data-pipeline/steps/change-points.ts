/**
 * Per-sheet series stored as change points: the first point, then a point only where the value
 * differs from the sheet before. A value holds from its date until the next point, and every series
 * runs to the data date (summary.json `asOf`), so identical sheets add no bytes. The site expands a
 * series back to sheet dates with src/lib/series.ts.
 */

/** Indices of the entries to keep: 0 and every i whose entry differs from entry i-1. */
export function changeIndices(n: number, differs: (i: number) => boolean): number[] {
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || differs(i)) keep.push(i);
  return keep;
}

/** The points whose `agreements` (or key) differ from the point before, with the first point. */
export function changePoints<P>(points: P[], key: (p: P) => unknown): P[] {
  return changeIndices(points.length, (i) => key(points[i]!) !== key(points[i - 1]!)).map((i) => points[i]!);
}
