/**
 * <changes-view>: pick two ICE sheets and see the agreements added and removed between them. The
 * build renders the two newest sheets; changes.json is fetched only when the reader picks another
 * pair (or arrives with ?from=&to=). Data strings reach the DOM through textContent only; the CSV of
 * the chosen pair is a Blob URL (the static CSV link stays for the default pair).
 */
import type { Changes } from '@schema/records.ts';
import { comparePair, countByState, pairCsv, type PairChanges } from '@lib/timeline.ts';
import { fill } from '@lib/template.ts';

interface Config {
  src: string;
  /** Dated state-law changes with their sentences (ISO date d). */
  law: Array<{ d: string; text: string }>;
  locale: string;
  lang: 'en' | 'es';
  dates: Record<string, string>;
  names: Record<string, string>;
  territories: string[];
  models: Record<string, string>;
  s: Record<string, string>;
}


class ChangesView extends HTMLElement {
  private cfg!: Config;
  private data: Promise<Changes> | null = null;
  private nf!: Intl.NumberFormat;
  private blobUrl = '';
  private defaults: [string, string] = ['', ''];

  private q<T extends Element = HTMLElement>(role: string): T {
    return this.querySelector(`[data-role="${role}"]`) as T;
  }

  connectedCallback() {
    this.cfg = JSON.parse(this.dataset.config ?? '{}') as Config;
    this.nf = new Intl.NumberFormat(this.cfg.locale);
    this.defaults = [this.q<HTMLSelectElement>('from').value, this.q<HTMLSelectElement>('to').value];
    this.addEventListener('change', (e) => {
      if ((e.target as Element).matches('select')) void this.update(true);
    });
    const p = new URLSearchParams(location.search);
    const from = p.get('from') ?? '';
    const to = p.get('to') ?? '';
    // Unknown dates in the URL are ignored: the page keeps the default pair.
    if (Object.hasOwn(this.cfg.dates, from) && Object.hasOwn(this.cfg.dates, to)) {
      this.q<HTMLSelectElement>('from').value = from;
      this.q<HTMLSelectElement>('to').value = to;
      void this.update(false);
    }
  }

  private load() {
    return (this.data ??= fetch(this.cfg.src).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<Changes>;
    }));
  }

  private async update(user: boolean) {
    const from = this.q<HTMLSelectElement>('from').value;
    const to = this.q<HTMLSelectElement>('to').value;
    if (user) {
      const p = new URLSearchParams(location.search);
      const isDefault = from === this.defaults[0] && to === this.defaults[1];
      for (const [k, v] of [['from', from], ['to', to]] as const) (isDefault ? p.delete(k) : p.set(k, v));
      const qs = p.toString();
      history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
    }
    const status = this.q('status');
    if (from === to) {
      status.textContent = this.cfg.s['timeline.changes.same']!;
      return;
    }
    status.textContent = this.cfg.s['timeline.changes.loading']!;
    this.setAttribute('aria-busy', 'true');
    let changes: Changes;
    try {
      changes = await this.load();
    } catch {
      this.data = null;
      status.textContent = this.cfg.s['timeline.changes.error']!;
      this.removeAttribute('aria-busy');
      return;
    }
    // A newer pick may have happened while loading: render what the selects say now.
    if (from !== this.q<HTMLSelectElement>('from').value || to !== this.q<HTMLSelectElement>('to').value) return;
    const nameOf = (u: string) => this.cfg.names[u] ?? u;
    this.render(comparePair(changes, from, to, nameOf), nameOf);
    status.textContent = '';
    this.removeAttribute('aria-busy');
  }

  private render(pair: PairChanges, nameOf: (u: string) => string) {
    const { s, dates, names, territories, models } = this.cfg;
    const fmt = (n: number) => this.nf.format(n);
    const sign = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));
    const national = (list: PairChanges['added']) => list.filter((c) => !territories.includes(c.state)).length;
    const a = national(pair.added);
    const r = national(pair.removed);
    const lawItems = this.cfg.law.filter((e) => e.d > pair.from && e.d <= pair.to).map((e) => {
      const li = document.createElement('li');
      li.textContent = e.text;
      return li;
    });
    this.q('law-list').replaceChildren(...lawItems);
    this.q('law-none').hidden = lawItems.length > 0;
    const from = dates[pair.from]!;
    const to = dates[pair.to]!;
    this.q('summary').textContent = fill(s['timeline.changes.summary']!, { from, to, added: fmt(a), removed: fmt(r), net: sign(a - r) });
    this.q('caption').textContent = fill(s['timeline.changes.byState']!, { from, to });

    const rows = countByState(pair, nameOf).map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.state = row.state;
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = names[row.state] ?? row.state;
      if (territories.includes(row.state)) {
        const note = document.createElement('span');
        note.className = 'muted';
        note.textContent = ` (${s['timeline.changes.territory']})`;
        th.append(note);
      }
      tr.append(th);
      for (const v of [fmt(row.added), fmt(row.removed), sign(row.added - row.removed)]) {
        const td = document.createElement('td');
        td.className = 'num';
        td.textContent = v;
        tr.append(td);
      }
      return tr;
    });
    this.q('states').replaceChildren(...rows);
    this.q('nothing').hidden = rows.length > 0;

    for (const [role, list, key] of [['added', pair.added, 'addedList'], ['removed', pair.removed, 'removedList']] as const) {
      this.q(`${role}-h`).textContent = fill(s[`timeline.changes.${key}`]!, { count: fmt(list.length) });
      this.q(role).replaceChildren(
        ...list.map((c) => {
          const tr = document.createElement('tr');
          for (const [i, v] of [names[c.state] ?? c.state, c.agency, models[c.model] ?? c.model].entries()) {
            const td = document.createElement('td');
            td.textContent = v;
            // Agency names are proper names: not for translation tools.
            if (i === 1) td.translate = false;
            tr.append(td);
          }
          return tr;
        }),
      );
      this.q(`${role}-none`).hidden = list.length > 0;
    }

    const link = this.q<HTMLAnchorElement>('csv');
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = URL.createObjectURL(new Blob([pairCsv(pair, this.cfg.lang)], { type: 'text/csv;charset=utf-8' }));
    link.href = this.blobUrl;
    link.download = `287g-changes-${pair.from}-to-${pair.to}.csv`;
  }
}

customElements.define('changes-view', ChangesView);
