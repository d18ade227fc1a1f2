/* Cooperation Divide service worker (generated at build time from integrations/sw-template.js). */
const VERSION = __VERSION__;
const BASE = __BASE__;
/** Cached on install (small). */
const CORE = __CORE__;
/** Cached when a page asks ("Save for offline use"): state pages and their data. */
const REST = __REST__;
const STATIC = `cd-static-${VERSION}`;
const RUNTIME = `cd-runtime-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((c) => c.addAll(CORE)).then(() => self.skipWaiting()));
});

// A page asked to keep the whole site: cache REST in small batches, reporting progress to that page.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-all' || !event.source) return;
  const client = event.source;
  const all = [...CORE, ...REST];
  event.waitUntil(
    caches.open(STATIC).then(async (cache) => {
      let done = 0;
      for (let i = 0; i < all.length; i += 8) {
        const batch = all.slice(i, i + 8);
        const missing = (await Promise.all(batch.map(async (u) => ((await cache.match(u)) ? null : u)))).filter(Boolean);
        await cache.addAll(missing);
        done += batch.length;
        client.postMessage({ type: 'offline-progress', done, total: all.length });
      }
      client.postMessage({ type: 'offline-done', total: all.length });
    }).catch(() => client.postMessage({ type: 'offline-error' })),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cd-') && k !== STATIC && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const put = (req, res) => {
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    void caches.open(RUNTIME).then((c) => c.put(req, copy));
  }
  return res;
};

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname.startsWith(`${BASE}_astro/`)) {
    // Hashed file names never change content: cache first.
    event.respondWith(caches.match(req).then((hit) => hit ?? fetch(req).then((res) => put(req, res))));
    return;
  }
  event.respondWith(networkFirst(req));
});

/** How long a page waits for a slow network before the cached copy is used (bad classroom Wi-Fi). */
const SLOW_MS = 4000;

// Pages and data: the network when there is one (fresh data), the cache when it is down or slow. The
// query string (?present, ?states=tx,ca, ?state=tx) is read in the browser, so the cached page serves
// any query.
const networkFirst = (req) => {
  const network = fetch(req).then((res) => put(req, res));
  network.catch(() => undefined);
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_MS))
    .then(() => caches.match(req, { ignoreSearch: true }))
    .then((hit) => hit ?? network);
  return Promise.race([network, slow]).catch(() => fallback(req));
};

const fallback = async (req) =>
  (await caches.match(req, { ignoreSearch: true })) ??
  (req.mode === 'navigate' ? await caches.match(`${BASE}404.html`) : undefined) ??
  Response.error();
