/**
 * The map's view buttons (radios). On phones the bar scrolls sideways (national-map.css): a view
 * chosen by the URL (?view=share) may sit past its right edge, so the checked one is scrolled into
 * the bar. Only the bar scrolls, never the page, and only when the button is out of sight.
 */
export function checkView(radios: Iterable<HTMLInputElement>, view: string): void {
  for (const r of radios) {
    r.checked = r.value === view;
    const seg = r.parentElement;
    const bar = seg?.parentElement;
    if (!r.checked || !seg || !bar || bar.scrollWidth <= bar.clientWidth) continue;
    const s = seg.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    if (s.left < b.left) bar.scrollLeft -= b.left - s.left;
    else if (s.right > b.right) bar.scrollLeft += s.right - b.right;
  }
}
