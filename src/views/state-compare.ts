/**
 * <state-compare>: reads ?states=tx,ca (or repeated ?states= from the form), keeps 2–4 valid,
 * distinct state codes, fetches their per-state JSON and draws one column per state: stance,
 * measures, counts (bars on one shared scale) and the timeline on shared axes. Says which codes were
 * ignored. Data strings reach the DOM only through textContent; links only to our own pages.
 */
import type { StateDetail } from '@schema/records.ts';
import { timelineGeometry } from '@lib/state-page.ts';
import { compareDetail } from '@lib/compare-chart.ts';
import { expandSeries } from '@lib/series.ts';
import { parseStates } from '@lib/compare-params.ts';
import { fill, pluralFrom } from '@lib/template.ts';
import { fmtDate, fmtInt, fmtList, fmtRate } from '@lib/intl-format.ts';
import { intlLocale, type Lang } from '@i18n/locale.ts';
import { el, policyNodes } from '@lib/policy-dom.ts';

interface Config {
  lang: Lang;
  pages: string;
  data: string;
  asOf: string;
  waybackDates: string[];
  monthSheets: string[];
  names: Record<string, string>;
  s: Record<string, string>;
  stance: Record<string, string>;
  sentence: Record<string, string>;
  reviewed: string;
  locale: string;
  models: Record<string, string>;
}

const SVG = 'http://www.w3.org/2000/svg';
const svgEl = (tag: string, attrs: Record<string, string | number>) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

class StateCompare extends HTMLElement {
  private cfg!: Config;
  private request = 0;

  private q<T extends Element = HTMLElement>(role: string): T {
    return this.querySelector(`[data-role="${role}"]`) as T;
  }

  connectedCallback() {
    this.cfg = JSON.parse(this.dataset.config ?? '{}') as Config;
    const form = this.q<HTMLFormElement>('form');
    // The CSP forbids form submissions (form-action 'none'); the URL is built here instead.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const codes = [...form.querySelectorAll('select')].map((s) => s.value).filter(Boolean);
      const p = new URLSearchParams(location.search);
      p.set('states', [...new Set(codes)].join(','));
      history.pushState(null, '', `${location.pathname}?${p.toString().replace(/%2C/g, ',')}`);
      void this.render();
    });
    window.addEventListener('popstate', () => void this.render());
    void this.render();
  }

  private async render() {
    const id = ++this.request;
    const { cfg } = this;
    const known = new Set(Object.keys(cfg.names));
    const { valid, invalid, invalidMore, extra } = parseStates(new URLSearchParams(location.search), known);
    const selects = [...this.querySelectorAll('select')];
    selects.forEach((s, i) => (s.value = valid[i]?.toLowerCase() ?? ''));
    const status = this.q('status');
    const grid = this.q('grid');
    const note = this.q('scale');
    status.replaceChildren();
    grid.replaceChildren();
    note.textContent = '';
    const say = (text: string) => status.append(el('p', text));
    const more = invalidMore ? [fill(cfg.s['classroom.compare.more']!, { count: fmtInt(cfg.lang, invalidMore) })] : [];
    if (invalid.length) say(fill(cfg.s['classroom.compare.ignored']!, { list: fmtList(cfg.lang, [...invalid, ...more]) }));
    if (extra.length) say(fill(cfg.s['classroom.compare.tooMany']!, { list: fmtList(cfg.lang, extra) }));
    if (valid.length < 2) {
      say(cfg.s['classroom.compare.needTwo']!);
      return;
    }
    const loading = el('p', cfg.s['classroom.compare.loading']);
    status.append(loading);
    const details = await Promise.all(
      valid.map((c) =>
        fetch(`${cfg.data}${c.toLowerCase()}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<StateDetail>) : null))
          .catch(() => null),
      ),
    );
    if (id !== this.request) return;
    loading.remove();
    valid.forEach((c, i) => details[i] === null && say(fill(cfg.s['classroom.compare.error']!, { name: cfg.names[c]! })));
    const ok = details.filter((d): d is StateDetail => d !== null);
    if (ok.length === 0) return;
    const names = fmtList(cfg.lang, ok.map((d) => this.name(d)));
    say(fill(cfg.s['classroom.compare.showing']!, { list: names }));
    document.title = `${names} · ${document.title.split(' · ').slice(-1)[0]}`;

    // Shared scales: the earliest date and the largest value over all compared states.
    // From the first ICE sheet on, one circle a month (lib/compare-chart.ts).
    const start = ok.flatMap((d) => d.series.map((p) => p.date)).sort()[0] ?? cfg.asOf;
    const drawn = new Map(ok.map((d) => [d, compareDetail(d, start, cfg.monthSheets)]));
    const yMax = Math.max(1, ...[...drawn.values()].flatMap((d) => [...d.signedByMonth.map((m) => m.cumulative), ...d.series.map((p) => p.agreements)]));
    const maxCount = Math.max(1, ...ok.map((d) => d.summary.agreements));
    const wayback = new Set(cfg.waybackDates);
    let axisMax = yMax;
    for (const d of ok) {
      const g = timelineGeometry(drawn.get(d)!, cfg.asOf, wayback, 360, 220, { start, yMax });
      axisMax = Math.max(axisMax, ...g.yTicks.map((tk) => tk.value));
      grid.append(this.column(d, g, maxCount));
    }
    note.textContent = fill(cfg.s['classroom.compare.sameScale']!, {
      max: fmtInt(cfg.lang, axisMax), start: fmtDate(cfg.lang, start), end: fmtDate(cfg.lang, cfg.asOf),
    });
  }

  /** The per-state JSON is shared by both languages and carries the English name; the page's config has the localized one. */
  private name(d: StateDetail) {
    return this.cfg.names[d.summary.usps] ?? d.summary.name;
  }

  private plural(base: 'count.agreements' | 'count.agencies', n: number) {
    return pluralFrom(this.cfg.s, this.cfg.lang, base, n);
  }

  private column(d: StateDetail, g: ReturnType<typeof timelineGeometry>, maxCount: number) {
    const { cfg } = this;
    const s = d.summary;
    const col = el('section', undefined, 'cmp-col');
    col.dataset.usps = s.usps;
    const name = this.name(d);
    const h = el('h2', name);
    h.id = `cmp-${s.usps.toLowerCase()}`;
    col.setAttribute('aria-labelledby', h.id);
    col.append(h);

    col.append(el('h3', cfg.s['classroom.compare.stance']));
    const st = el('p', undefined, 'cmp-stance');
    const sw = svgEl('svg', { viewBox: '0 0 24 16', width: 24, height: 16, 'aria-hidden': 'true' });
    sw.append(svgEl('rect', { width: 24, height: 16, rx: 2, style: `fill:var(--stance-${s.stance});stroke:var(--border)` }));
    st.append(sw, el('span', cfg.stance[s.stance]));
    col.append(st, el('p', fill(cfg.sentence[s.stance]!, { name })));
    // The same caveats as the map panel and state page: an unsettled classification, law vs practice.
    const unsettled = s.possibleStance
      ? fill(cfg.s['unsettled.alt']!, { stance: cfg.stance[s.possibleStance]! })
      : s.confidence === 'low' ? cfg.s['unsettled.low']! : '';
    if (unsettled) col.append(el('p', unsettled, 'cmp-note'));
    if (s.mismatch) {
      const f = (n: number) => fmtInt(cfg.lang, n);
      col.append(el('p', fill(cfg.s[`mismatch.${s.mismatch}`]!, { count: f(s.agreements), covered: f(s.countiesWithSheriffAgreement), counties: f(s.counties) }), 'cmp-note'));
    }

    col.append(el('h3', cfg.s['classroom.compare.counts']));
    const big = el('p', fmtInt(cfg.lang, s.agreements), 'cmp-big');
    big.dataset.testid = 'compare-count';
    const bar = el('div', undefined, 'cmp-bar');
    bar.title = cfg.s['classroom.compare.bar']!;
    bar.setAttribute('aria-hidden', 'true');
    const fillBar = el('span');
    fillBar.style.width = `${((100 * s.agreements) / maxCount).toFixed(1)}%`;
    bar.append(fillBar);
    col.append(big, bar, el('p', `${this.plural('count.agreements', s.agreements)} · ${this.plural('count.agencies', s.agencies)}`));
    if (s.per100k !== null) col.append(el('p', fill(cfg.s['tip.per100k']!, { value: fmtRate(cfg.lang, s.per100k) }), 'muted'));
    const table = el('table');
    const head = el('tr');
    head.append(el('th', cfg.s['state.col.model']), el('td', cfg.s['state.col.agreements']));
    head.querySelectorAll('*').forEach((x) => x.classList.add('muted'));
    table.append(head);
    for (const m of ['JEM', 'WSO', 'TFM'] as const) {
      const tr = el('tr');
      const th = el('th', cfg.models[m]);
      th.setAttribute('scope', 'row');
      tr.append(th, el('td', fmtInt(cfg.lang, s.byModel[m])));
      table.append(tr);
    }
    col.append(table);

    col.append(el('h3', cfg.s['classroom.compare.timeline']));
    col.append(this.key(), this.chart(d, g));

    col.append(el('h3', cfg.s['classroom.compare.measures']));
    const dates = new Intl.DateTimeFormat(cfg.locale, { dateStyle: 'long', timeZone: 'UTC' });
    col.append(...policyNodes(d, {
      say: (k, vars = {}) => fill(Object.hasOwn(cfg.s, k) ? cfg.s[k]! : k, vars),
      date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
      es: cfg.lang === 'es',
      reviewed: cfg.reviewed,
      h: 'h4',
    }));
    const more = el('a', fill(cfg.s['classroom.compare.statePage']!, { name }));
    more.href = `${cfg.pages}states/${s.usps.toLowerCase()}/`;
    const p = el('p');
    p.append(more);
    col.append(p);
    return col;
  }

  /** The chart's key: the step line and the monthly circles, drawn as in the chart. */
  private key() {
    const ul = el('ul', undefined, 'cmp-key');
    const items: Array<[string, Element]> = [
      [this.cfg.s['chart.legend.step']!, svgEl('path', { d: 'M1 10H9V3H23', class: 'step' })],
      [this.cfg.s['classroom.compare.legend.points']!, svgEl('circle', { cx: 12, cy: 6, r: 3.5, class: 'pt' })],
    ];
    for (const [label, mark] of items) {
      const svg = svgEl('svg', { viewBox: '0 0 24 12', width: 24, height: 12, 'aria-hidden': 'true', class: 'cmp-chart' });
      svg.append(mark);
      const li = el('li');
      li.append(svg, label);
      ul.append(li);
    }
    return ul;
  }

  private chart(d: StateDetail, g: ReturnType<typeof timelineGeometry>) {
    const { cfg } = this;
    // Change points: the first holds the first sheet's count; the count on the newest sheet is the value in force at asOf.
    const first = d.series[0];
    const last = expandSeries(d.series, [cfg.asOf])[0];
    const svg = svgEl('svg', { viewBox: `0 0 ${g.width} ${g.height}`, class: 'cmp-chart', role: 'img' });
    const title = `${cfg.s['classroom.compare.timeline']}, ${this.name(d)}`;
    svg.setAttribute(
      'aria-label',
      first && last
        ? fill(cfg.s['classroom.compare.chartLabel']!, {
          title, first: this.plural('count.agreements', first.agreements), firstDate: fmtDate(cfg.lang, first.date),
          last: fmtInt(cfg.lang, last.agreements), lastDate: fmtDate(cfg.lang, last.date),
        })
        : title,
    );
    const { margin, width, height } = g;
    for (const tk of g.yTicks) {
      svg.append(svgEl('line', { x1: margin.left, x2: width - margin.right, y1: tk.y, y2: tk.y, class: 'grid-l' }));
      const tx = svgEl('text', { x: margin.left - 6, y: tk.y, dy: '0.32em', 'text-anchor': 'end' });
      tx.textContent = fmtInt(cfg.lang, tk.value);
      svg.append(tx);
    }
    const year = new Intl.DateTimeFormat(intlLocale(cfg.lang), { year: 'numeric', timeZone: 'UTC' });
    for (const tk of g.xTicks) {
      const tx = svgEl('text', { x: tk.x, y: height - margin.bottom + 17, 'text-anchor': 'middle' });
      tx.textContent = year.format(tk.date);
      svg.append(tx);
    }
    if (g.step) svg.append(svgEl('path', { d: g.step, class: 'step' }));
    for (const p of g.points) svg.append(svgEl('circle', { cx: p.x, cy: p.y, r: 3.5, class: p.wayback ? 'pt pt-wayback' : 'pt' }));
    return svg;
  }
}

if (!customElements.get('state-compare')) customElements.define('state-compare', StateCompare);
