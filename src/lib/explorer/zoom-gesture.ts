/** Part of the county explorer: the SVG map becomes the zoomable map when the reader reaches for zoom. */
/**
 * Calls `upgrade` the first time the reader tries to zoom or pan the SVG map: a wheel turn, a double
 * click, a drag of more than a few pixels, or two fingers on it.
 */
export function onFirstZoomGesture(target: HTMLElement, upgrade: () => void): void {
  let start: { x: number; y: number } | null = null;
  const touches = new Set<number>();
  const fire = () => {
    ac.abort();
    upgrade();
  };
  const ac = new AbortController();
  const opts = { signal: ac.signal, passive: true };
  target.addEventListener('wheel', fire, opts);
  target.addEventListener('dblclick', fire, opts);
  target.addEventListener('pointerdown', (e) => {
    touches.add(e.pointerId);
    start = { x: e.clientX, y: e.clientY };
    if (touches.size > 1) fire();
  }, opts);
  target.addEventListener('pointermove', (e) => {
    if (start && e.buttons && Math.hypot(e.clientX - start.x, e.clientY - start.y) > 8) fire();
  }, opts);
  for (const t of ['pointerup', 'pointercancel'] as const) target.addEventListener(t, (e) => {
    touches.delete(e.pointerId);
    start = null;
  }, opts);
}
