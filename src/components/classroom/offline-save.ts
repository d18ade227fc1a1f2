/**
 * Registers the service worker (dist/sw.js, written at build time by integrations/service-worker.mjs)
 * after the page has loaded and painted, so a classroom on bad Wi-Fi keeps a working copy after one visit.
 * Not in dev (a worker caching dev-server modules would serve stale code), not inside an iframe (a
 * news reader seeing an embedded map should not download the whole site, ~2 MB), and not when the
 * reader asked the browser to save data.
 */
import { fill } from '@lib/template.ts';
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.self === window.top && !saveData) {
  const base = document.documentElement.dataset.base ?? '/';
  const register = () =>
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(offerFullSave, () => undefined);
  const afterLoad = () => (document.readyState === 'complete' ? register() : window.addEventListener('load', register, { once: true }));
  afterFirstPaint(afterLoad);
}

/**
 * Runs `then` once the page's first contentful paint has reached the screen. Installing the worker
 * downloads some 30 files; started at `load`, a Lighthouse trace showed those downloads running while
 * the first frame still waited to be shown. After the paint they cannot compete with it. Browsers
 * without paint timing wait for load alone.
 */
function afterFirstPaint(then: () => void) {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint') || performance.getEntriesByName('first-contentful-paint').length > 0) return then();
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'paint', buffered: true });
}

/** The "Save for offline use" control (home page), once there is a worker to ask. */
function offerFullSave() {
  const ui = document.querySelector<HTMLElement>('[data-offline-save]');
  if (!ui) return;
  const s = JSON.parse(ui.dataset.strings ?? '{}') as Record<string, string>;
  const button = ui.querySelector<HTMLButtonElement>('[data-role=offline-save]')!;
  const status = ui.querySelector<HTMLElement>('[data-role=offline-status]')!;
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type: string; done?: number; total?: number }>) => {
    if (e.data?.type === 'offline-progress') status.textContent = fill(s.progress ?? '', { done: e.data.done ?? 0, total: e.data.total ?? 0 });
    if (e.data?.type === 'offline-done') {
      status.textContent = s.done ?? '';
      button.disabled = false;
    }
    if (e.data?.type === 'offline-error') {
      status.textContent = s.error ?? '';
      button.disabled = false;
    }
  });
  button.addEventListener('click', async () => {
    button.disabled = true;
    const reg = await navigator.serviceWorker.ready;
    reg.active?.postMessage({ type: 'cache-all' });
  });
  ui.hidden = false;
}
