/** On the 404 page: /states/TX/ or /states/New-York/ → the lower-case page, if that state exists. */
const root = document.querySelector<HTMLElement>('[data-states]');
if (root) {
  const base = root.dataset.base ?? '/';
  const known = new Set((root.dataset.states ?? '').split(' '));
  const path = location.pathname;
  const prefix = `${base}states/`;
  if (path.toLowerCase().startsWith(prefix.toLowerCase())) {
    const slug = path.slice(prefix.length).replace(/\/+$/, '');
    const lower = slug.toLowerCase();
    if (slug !== lower && known.has(lower)) location.replace(`${prefix}${lower}/${location.search}${location.hash}`);
  }
}
