/** <sortable-table> (StateTable.astro): a plain table that becomes sortable (buttons in the headers, aria-sort). */
class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const ths = [...table.tHead!.rows[0]!.cells];
    ths.forEach((th, col) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.append(...th.childNodes);
      th.append(b);
      b.addEventListener('click', () => {
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const o of ths) o.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', dir);
        const key = (r: HTMLTableRowElement) => r.cells[col]?.dataset.v ?? r.cells[col]?.textContent ?? '';
        const num = th.dataset.type === 'num';
        const rows = [...body.rows].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          const c = num ? Number(x) - Number(y) : x.localeCompare(y);
          return dir === 'ascending' ? c : -c;
        });
        body.append(...rows);
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
