/**
 * <agency-table>: sort buttons (aria-sort) and a text filter for the state page's agencies table.
 * The table is complete HTML from the build; this only reorders and hides rows. ?q= and ?sort=
 * (e.g. sort=signed-desc) set the initial state and are written back as the reader changes them
 * (replaceState: a filtered view can be shared without filling the history); unknown values are ignored.
 */
class AgencyTable extends HTMLElement {
  private rows: HTMLTableRowElement[] = [];
  private heads: HTMLTableCellElement[] = [];
  private input!: HTMLInputElement;
  private count!: HTMLElement;

  connectedCallback() {
    const tbody = this.querySelector('tbody');
    if (!tbody) return;
    this.rows = [...tbody.rows];
    this.heads = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-key]')];
    this.input = this.querySelector('input')!;
    this.count = this.querySelector('[data-role=count]')!;
    this.querySelector<HTMLElement>('[data-role=filter]')!.hidden = false;
    for (const th of this.heads) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = th.textContent;
      th.textContent = '';
      th.append(b);
      b.addEventListener('click', () => {
        this.sort(th, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
        this.writeUrl();
      });
    }
    this.input.addEventListener('input', () => {
      this.filter();
      this.writeUrl();
    });
    const p = new URLSearchParams(location.search);
    const q = p.get('q');
    if (q && q.length <= 100) this.input.value = q;
    const m = /^(\w+)-(asc|desc)$/.exec(p.get('sort') ?? '');
    const th = m ? this.heads.find((h) => h.dataset.key === m[1]) : undefined;
    if (th) this.sort(th, m![2] === 'desc' ? 'descending' : 'ascending');
    // Every row is visible in the built page: without a query only the count needs writing (no
    // per-row reads and writes during load).
    if (this.input.value.trim()) this.filter();
    else this.showCount(this.rows.length);
  }

  private sort(th: HTMLTableCellElement, dir: 'ascending' | 'descending') {
    const i = this.heads.indexOf(th);
    const coll = new Intl.Collator(this.dataset.lang, { numeric: true, sensitivity: 'base' });
    // A cell's sort key is its text unless the build wrote another (data-v: an ISO date, a joined list).
    const cell = (r: HTMLTableRowElement, c: number) => { const td = r.cells[c]; return td?.dataset.v ?? td?.textContent ?? ''; };
    const key = (r: HTMLTableRowElement) => cell(r, i);
    const name = (r: HTMLTableRowElement) => cell(r, 0);
    const sign = dir === 'ascending' ? 1 : -1;
    this.rows.sort((a, b) => sign * coll.compare(key(a), key(b)) || coll.compare(name(a), name(b)));
    this.querySelector('tbody')!.append(...this.rows);
    for (const h of this.heads) h === th ? h.setAttribute('aria-sort', dir) : h.removeAttribute('aria-sort');
  }

  private writeUrl() {
    const url = new URL(location.href);
    const q = this.input.value.trim();
    q ? url.searchParams.set('q', q) : url.searchParams.delete('q');
    const th = this.heads.find((h) => h.hasAttribute('aria-sort'));
    const sort = th ? `${th.dataset.key}-${th.getAttribute('aria-sort') === 'descending' ? 'desc' : 'asc'}` : null;
    // Name ascending is the built order: keep the URL clean for it.
    sort && sort !== 'name-asc' ? url.searchParams.set('sort', sort) : url.searchParams.delete('sort');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private filter() {
    const q = this.input.value.trim().toLowerCase();
    let shown = 0;
    for (const r of this.rows) {
      const hit = !q || (r.textContent ?? '').toLowerCase().includes(q);
      r.hidden = !hit;
      if (hit) shown++;
    }
    this.showCount(shown);
  }

  private showCount(shown: number) {
    const tpl = this.dataset.shown ?? '{shown} / {total}';
    this.count.textContent = tpl.replace('{shown}', String(shown)).replace('{total}', String(this.rows.length));
  }
}

if (!customElements.get('agency-table')) customElements.define('agency-table', AgencyTable);
