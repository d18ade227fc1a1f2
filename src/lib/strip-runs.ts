/**
 * The law strip under the national growth chart stacks one bar per month, but state law changes in
 * only a few months: drawn bar by bar it was 416 rects with a tooltip each, a third of the home page's
 * elements. Runs of touching months with the same block (same stance, count and place) become one
 * rect, so the strip draws as steps with a tooltip per step and the same picture.
 */
export interface StripRect<K extends string = string> {
  k: K;
  x: number;
  w: number;
  y: number;
  h: number;
  n: number;
}

/** Months as drawn (each an array of stacked blocks), merged into runs; order: by stance, then by x. */
export function mergeStripRuns<K extends string>(months: ReadonlyArray<ReadonlyArray<StripRect<K>>>, tolerance = 0.05): StripRect<K>[] {
  const open = new Map<K, StripRect<K>>();
  const out: StripRect<K>[] = [];
  for (const blocks of months) {
    const seen = new Set<K>();
    for (const r of blocks) {
      seen.add(r.k);
      const run = open.get(r.k);
      const touches = run && Math.abs(run.x + run.w - r.x) <= tolerance && run.n === r.n && Math.abs(run.y - r.y) <= tolerance && Math.abs(run.h - r.h) <= tolerance;
      if (run && touches) run.w = r.x + r.w - run.x;
      else {
        if (run) out.push(run);
        open.set(r.k, { ...r });
      }
    }
    // A stance missing this month ends its run: the next block of it starts a new one.
    for (const [k, run] of open) if (!seen.has(k)) { out.push(run); open.delete(k); }
  }
  out.push(...open.values());
  return out.sort((a, b) => a.k.localeCompare(b.k) || a.x - b.x);
}
