/**
 * When a reader points at, focuses or touches a link to the county explorer, warm the cache with
 * the explorer's first-view code and data, so the click opens an interactive map quickly. Runs at
 * most once per page; never on page load.
 */
const base = document.documentElement.dataset.base ?? '/';
let started = false;

function prefetch(href: string, as?: string) {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  if (as) link.as = as;
  document.head.append(link);
}

async function warm(target: HTMLAnchorElement) {
  if (started) return;
  started = true;
  try {
    const res = await fetch(`${base}explore-assets.json`);
    const { prefetch: files } = (await res.json()) as { prefetch: string[] };
    for (const f of files) prefetch(`${base}${f}`, 'script');
  } catch {
    /* prefetching is an optimisation only */
  }
  const state = new URL(target.href).searchParams.get('state');
  // The first view's two files: the state's pre-drawn county map and the agency index.
  for (const d of [`explore/map/${state ?? 'us'}.json`, 'data/agency-index.json']) prefetch(`${base}${d}`, 'fetch');
  prefetch(target.href, 'document');
}

for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-explorer-link]')) {
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) a.addEventListener(type, () => void warm(a), { once: true, passive: true });
}
