/**
 * The language switch keeps the current view: the query string and hash the page has written
 * (?state=, ?view=, ?date=, #…) are carried to the same page in the other language at click time.
 */
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-switch]');
  if (!a) return;
  const url = new URL(a.href);
  url.search = location.search;
  url.hash = location.hash;
  a.href = url.href;
});
