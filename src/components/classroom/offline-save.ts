/**
 * Registers the service worker (dist/sw.js, written at build time by integrations/service-worker.mjs)
 * after the page has loaded, so a classroom on bad Wi-Fi keeps a working copy after one visit.
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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
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
