/**
 * The national map's party marks (components/party/PartyLayer.astro): moves the build-time marks into
 * the map's SVG above the law colours, shows the switch, and keeps it in the URL (?party=1) so a shared
 * link or the language switch keeps the marks on. Only attributes change; no data reaches the DOM here.
 */
function setUp(map: HTMLElement) {
  const layer = map.querySelector<HTMLElement>('[data-role=party]');
  const marks = layer?.querySelector('.party-marks');
  const svg = map.querySelector('svg.map');
  const box = layer?.querySelector<HTMLInputElement>('[data-role=party-toggle]');
  if (!layer || !marks || !svg || !box) return;
  // Above states, labels and circles; below the hover, selection and focus outlines.
  svg.insertBefore(marks, svg.querySelector('.hl') ?? null);
  layer.querySelector('.party-src')?.remove();
  const apply = (on: boolean, push: boolean) => {
    box.checked = on;
    map.toggleAttribute('data-party', on);
    if (!push) return;
    const url = new URL(location.href);
    on ? url.searchParams.set('party', '1') : url.searchParams.delete('party');
    history.replaceState(history.state, '', url);
  };
  const fromUrl = () => apply(/^(1|true|yes)$/i.test(new URLSearchParams(location.search).get('party') ?? ''), false);
  box.addEventListener('change', () => apply(box.checked, true));
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

for (const map of document.querySelectorAll<HTMLElement>('divide-map')) setUp(map);
export {};
