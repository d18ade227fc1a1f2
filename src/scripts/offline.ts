/**
 * Registers the service worker (dist/sw.js, written at build time by integrations/service-worker.mjs)
 * after the page has loaded, so a classroom on bad Wi-Fi keeps a working copy after one visit.
 * Not in dev (a worker caching dev-server modules would serve stale code), not inside an iframe (a
 * news reader seeing an embedded map should not download the whole site, ~2 MB), and not when the
 * reader asked the browser to save data.
 */
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.self === window.top && !saveData) {
  const base = document.documentElement.dataset.base ?? '/';
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
