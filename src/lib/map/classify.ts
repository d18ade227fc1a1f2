/**
 * A value's class 0..4 given the lower bounds of classes 1..4. Its own module, with no imports, so
 * the browser's month control (time-control.ts) shares it with the build-time scales without
 * pulling the data schema into the page's JavaScript.
 */
export function classify(value: number, breaks: readonly number[]): number {
  let c = 0;
  for (const b of breaks) if (value >= b) c++;
  return c;
}
