/**
 * A pure function of one string, remembered per input. ICE's sheets repeat the same agency names,
 * states and links sheet after sheet, so with hundreds of sheets most calls are repeats. Bounded: the
 * memory is dropped after `max` distinct inputs.
 */
export function memo<T>(fn: (s: string) => T, max = 100_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s) as T;
    const v = fn(s);
    if (seen.size >= max) seen.clear();
    seen.set(s, v);
    return v;
  };
}
