/**
 * The embed pages' runtime (docs/EMBED.md is the contract): URL options and the height messages.
 *
 * - ?lang=es|en on a page of the other language moves to the same embed in that language (keeping the
 *   other options), so one iframe URL pattern serves both.
 * - ?theme=light|dark forces a theme (<html data-theme>, see styles/tokens.ts); auto/absent follows the
 *   reader's system. ?plain hides title and notes; ?static turns the map into a picture (nothing
 *   focusable or clickable). ?view/?model/?state/?date are read by the map script
 *   itself; ?view=party shows the "Who governs" panel instead of the map.
 * - The height of the document goes to window.parent on load and on every size change, in the
 *   Datawrapper format ({"datawrapper-height": {id: h}}) and the Pym.js format
 *   ("pymxPYMx{id}xPYMxheightxPYMx{h}"). The height is not secret, so targetOrigin is "*", as both do.
 * - The only message read is Pym.js's parent "width" message for this id (answered with the height);
 *   everything else is ignored. Nothing of the parent page is read or written.
 */
const params = new URLSearchParams(location.search);
const root = document.documentElement;
const flag = (name: string) => params.has(name) && !/^(0|false|no)$/i.test(params.get(name) ?? '');

function switchLanguage(): boolean {
  const want = params.get('lang');
  const have = root.lang;
  if ((want !== 'es' && want !== 'en') || want === have) return false;
  const base = root.dataset.base ?? '/';
  const rel = location.pathname.slice((have === 'es' ? `${base}es/` : base).length);
  params.delete('lang');
  const qs = params.toString();
  location.replace(`${base}${want === 'es' ? 'es/' : ''}${rel}${qs ? `?${qs}` : ''}${location.hash}`);
  return true;
}

/** A picture with its legend: no links, buttons or tab stops inside the map. */
function makeStatic() {
  root.dataset.static = '';
  const map = document.querySelector('divide-map');
  if (!map) return;
  const svg = map.querySelector('svg.map');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', map.getAttribute('data-static-label') ?? '');
    svg.removeAttribute('aria-describedby');
    // Chromium gives the map's root <svg> a tab stop of its own otherwise.
    svg.setAttribute('tabindex', '-1');
  }
  for (const a of map.querySelectorAll('a')) {
    for (const attr of ['href', 'tabindex', 'role', 'aria-label']) a.removeAttribute(attr);
  }
  for (const c of map.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')) c.disabled = true;
}

/** Pym.js's childId (set by a Pym parent) or ?id=, else a fixed id; only safe characters. */
const id = (params.get('childId') ?? params.get('id') ?? 'cooperation-divide').replace(/[^\w-]/g, '').slice(0, 64) || 'cooperation-divide';
const PYM = 'xPYMx';
let last = -1;

function postHeight(force = false) {
  const h = Math.ceil(root.getBoundingClientRect().height);
  if (h === last && !force) return;
  last = h;
  window.parent.postMessage({ 'datawrapper-height': { [id]: h } }, '*');
  window.parent.postMessage(['pym', id, 'height', String(h)].join(PYM), '*');
}

if (!switchLanguage()) {
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (flag('plain')) root.dataset.plain = '';
  if (params.get('view') === 'party') root.dataset.partyView = '';
  if (flag('static')) makeStatic();

  if (window.parent !== window) {
    new ResizeObserver(() => postHeight()).observe(root);
    window.addEventListener('load', () => postHeight(true));
    const widthMessage = new RegExp(`^pym${PYM}${id}${PYM}width${PYM}\\d+$`);
    window.addEventListener('message', (e) => {
      if (e.source === window.parent && typeof e.data === 'string' && widthMessage.test(e.data)) postHeight(true);
    });
  }
}

// A module (own scope), not a global script.
export {};
