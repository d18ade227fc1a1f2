/**
 * Registers the service worker (dist/sw.js, written at build time by integrations/service-worker.mjs)
 * after the page has loaded, so a classroom on bad Wi-Fi keeps a working copy after one visit.
 * Only in production builds: a worker caching dev-server modules would serve stale code.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const base = document.documentElement.dataset.base ?? '/';
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
