/**
 * The home page's door to presentation mode. The tour itself (components/classroom/present.ts) is only fetched
 * when ?present is in the address or the reader presses "Present", so the first view stays light.
 * The click is the user gesture browsers require before going full screen.
 */
let loaded = false;
const load = () => ((loaded = true), import('./present.ts'));
const has = () => new URLSearchParams(location.search).has('present');

document.querySelector<HTMLAnchorElement>('[data-present-link]')?.addEventListener('click', (e) => {
  e.preventDefault();
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!has()) history.pushState(null, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}present${location.hash}`);
  void load().then((m) => m.startPresentation());
});
window.addEventListener('popstate', () => {
  if (has()) void load().then((m) => m.startPresentation());
  else if (loaded) void load().then((m) => m.stopPresentation(false));
});
if (has()) void load().then((m) => m.startPresentation());
