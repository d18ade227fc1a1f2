/**
 * Runs work over a list in slices of about `budgetMs`, yielding to the browser between slices, so a
 * slow phone paints and answers input while a few thousand shapes or rows are built (the whole-country
 * explorer map has 3,100 counties). A fast machine does it in one or two slices.
 */
const yieldToBrowser = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  // scheduler.yield resumes ahead of other queued work and without setTimeout's 4 ms clamp.
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve));
};

/** Each slice is a User Timing measure of this name, so tests and traces can see the work was split. */
export const SLICE_MEASURE = 'cd-slice';

/** Calls `each` for every item; resolves false (and stops) as soon as `current()` turns false. */
export async function inSlices<T>(items: readonly T[], each: (item: T, i: number) => void, current: () => boolean, budgetMs = 8): Promise<boolean> {
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (performance.now() - start > budgetMs) {
      performance.measure(SLICE_MEASURE, { start });
      await yieldToBrowser();
      if (!current()) return false;
      start = performance.now();
    }
    each(items[i]!, i);
  }
  performance.measure(SLICE_MEASURE, { start });
  return current();
}
