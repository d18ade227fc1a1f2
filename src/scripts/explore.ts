/**
 * <county-explorer>: wires the explorer page. Data comes from /data/ on demand; maplibre is
 * imported dynamically and only when WebGL exists, otherwise an SVG county map is drawn.
 * Every data string is set with textContent.
 */
import {
  agencyPoints, countyFeatures, hasWebGL, loadAgencyIndex, loadCounties, loadCountyCounts, searchAgencies,
  type AgencyEntry, type AgencyPoint, type CountyProps,
} from '../lib/explorer/county-data.ts';
import type { AgencyIndex, CountyCounts, StateDetail } from '@schema/records.ts';
import type { CountyMap, MapColors } from '../lib/explorer/county-map.ts';
import { fmtDate, fmtInt } from '../lib/intl-format.ts';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { fill } from '../lib/template.ts';
import { moaLink } from '../lib/explorer/moa-link.ts';

interface Config {
  lang: 'en' | 'es';
  base: string;
  states: Array<{ usps: string; fips: string; name: string }>;
  strings: Record<string, string>;
  steps: { light: readonly string[]; dark: readonly string[] };
  dot: Record<'light' | 'dark', { fill: string; stroke: string }>;
  /** Map chrome from the design tokens: background, county lines, hover outline. */
  chrome: Record<'light' | 'dark', Pick<MapColors, 'background' | 'line' | 'hover'>>;
  stance: Record<'light' | 'dark', Record<string, string>>;
}

const LIST_LIMIT = 200;

class CountyExplorer extends HTMLElement {
  countyMap: CountyMap | null = null;
  private cfg!: Config;
  private index: AgencyIndex = [];
  private counts: CountyCounts = {};
  private states: Topology | null = null;
  private points: AgencyPoint[] = [];
  private state: string | null = null;
  private details = new Map<string, Promise<StateDetail>>();
  private active = -1;
  private options: AgencyEntry[] = [];

  private $<T extends HTMLElement>(role: string): T {
    return this.querySelector<T>(`[data-role="${role}"]`)!;
  }
  private s(key: string, vars: Record<string, string | number> = {}): string {
    return fill(this.cfg.strings[key] ?? key, vars);
  }
  private fmt = (n: number) => fmtInt(this.cfg.lang, n);

  connectedCallback() {
    this.cfg = JSON.parse(this.$('config').textContent ?? '{}') as Config;
    const param = new URLSearchParams(location.search).get('state')?.toLowerCase() ?? '';
    this.state = this.cfg.states.some((s) => s.usps.toLowerCase() === param) ? param : null;
    const select = this.$<HTMLSelectElement>('state');
    select.value = this.state ?? '';
    select.addEventListener('change', () => void this.showState(select.value || null));
    this.setupSearch();
    void this.start();
  }

  /** Started at once (in parallel with the data) when WebGL exists: the chunk is the largest download. */
  private mapModule: Promise<typeof import('../lib/explorer/county-map.ts')> | null = null;

  private async start() {
    if (hasWebGL()) {
      this.mapModule = import('../lib/explorer/county-map.ts');
      this.mapModule.catch(() => {});
    }
    try {
      [this.counts, this.index, this.states] = await Promise.all([
        loadCountyCounts(this.cfg.base),
        loadAgencyIndex(this.cfg.base),
        fetch(`${this.cfg.base}data/states-lonlat.topojson`).then((r) => r.json() as Promise<Topology>),
      ]);
      await this.showState(this.state, false);
    } catch {
      this.status(this.s('explore.loadError'));
    }
  }

  private status(text: string | null) {
    const el = this.$('status');
    if (!text) return el.remove();
    el.textContent = text;
  }

  private stateName(usps: string) {
    return this.cfg.states.find((s) => s.usps === usps.toUpperCase())?.name ?? usps.toUpperCase();
  }

  private async showState(state: string | null, push = true) {
    this.state = state;
    this.$<HTMLSelectElement>('state').value = state ?? '';
    if (push) {
      const url = new URL(location.href);
      if (state) url.searchParams.set('state', state);
      else url.searchParams.delete('state');
      history.replaceState(null, '', url);
    }
    const topo = await loadCounties(this.cfg.base, state);
    const counties = countyFeatures(topo, this.counts);
    const inState = this.index.filter((a) => !state || a[2] === state.toUpperCase());
    this.points = agencyPoints(inState, counties);
    this.renderList(inState, state !== null);
    this.$('moved').hidden = true;
    this.showCounty(null);
    // One WebGL map for the page's life: a new context per state change can fail (software WebGL).
    if (this.countyMap) {
      this.countyMap.update(counties, this.points);
      return;
    }
    const host = this.$('map');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const steps = (dark ? this.cfg.steps.dark : this.cfg.steps.light) as [string, string, string, string, string];
    if (this.mapModule) {
      try {
        const { createCountyMap } = await this.mapModule;
        host.querySelector('.fallback-map')?.remove();
        this.countyMap = await createCountyMap({
          container: host,
          counties,
          states: feature(this.states!, this.states!.objects.states as GeometryCollection<{ usps: string; stance: string }>) as FeatureCollection<Geometry, { usps: string; stance: string }>,
          stanceColors: this.cfg.stance[dark ? 'dark' : 'light'],
          agencies: this.points,
          colors: { ...this.cfg.chrome[dark ? 'dark' : 'light'], steps, agency: this.cfg.dot[dark ? 'dark' : 'light'].fill, agencyStroke: this.cfg.dot[dark ? 'dark' : 'light'].stroke },
          locale: {
            'NavigationControl.ZoomIn': this.s('explore.maplibre.zoomIn'),
            'NavigationControl.ZoomOut': this.s('explore.maplibre.zoomOut'),
            'AttributionControl.ToggleAttribution': this.s('explore.maplibre.attribution'),
            'Map.Title': this.s('explore.maplibre.map'),
          },
          credit: this.s('explore.maplibre.credit'),
          onCounty: (c) => this.showCounty(c),
          onAgency: (id) => void this.showAgency(id),
        });
        this.status(null);
        this.dataset.mode = 'webgl';
        return;
      } catch {
        this.countyMap?.destroy();
        this.countyMap = null;
      }
    }
    await this.drawFallback(state, steps);
  }

  private async drawFallback(state: string | null, steps: readonly string[]) {
    const [{ drawFallbackMap }, albers] = await Promise.all([
      import('../lib/explorer/fallback-map.ts'),
      fetch(`${this.cfg.base}data/counties-albers.topojson`).then((r) => r.json()),
    ]);
    const host = this.$('map');
    const fips = state ? (this.cfg.states.find((s) => s.usps.toLowerCase() === state)?.fips ?? null) : null;
    host.replaceChildren();
    drawFallbackMap(host, albers, fips, this.counts, steps, (name, n) => this.s('explore.countyLabel', { name, count: this.fmt(n) }), (f) => {
      const c = this.counts[f];
      const name = albers.objects.counties.geometries.find((g: { id: string }) => g.id === f)?.properties?.name ?? f;
      this.showCounty({ fips: f, name, agreements: c?.agreements ?? 0, agencies: c?.agencies ?? 0, JEM: c?.byModel.JEM ?? 0, WSO: c?.byModel.WSO ?? 0, TFM: c?.byModel.TFM ?? 0 });
    });
    const note = this.$('note');
    note.textContent = this.s('explore.fallback');
    note.hidden = false;
    this.dataset.mode = 'fallback';
  }

  private showCounty(c: CountyProps | null) {
    const box = this.$('county');
    if (!c) {
      const p = document.createElement('p');
      p.textContent = this.s('explore.countyNone');
      box.replaceChildren(p);
      return;
    }
    const h = document.createElement('h2');
    h.textContent = this.s('explore.countyTitle', { name: c.name, state: this.stateName(this.cfg.states.find((s) => s.fips === c.fips.slice(0, 2))?.usps ?? '') });
    const lines = [
      this.s('explore.countyAgreements', { count: this.fmt(c.agreements) }),
      this.s('explore.countyAgencies', { count: this.fmt(c.agencies) }),
      this.s('explore.byModel', { jem: this.fmt(c.JEM), wso: this.fmt(c.WSO), tfm: this.fmt(c.TFM) }),
    ].map((text) => Object.assign(document.createElement('p'), { textContent: text }));
    box.dataset.fips = c.fips;
    box.replaceChildren(h, ...lines);
  }

  private detail(usps: string): Promise<StateDetail> {
    let p = this.details.get(usps);
    if (!p) {
      p = fetch(`${this.cfg.base}data/states/${usps.toLowerCase()}.json`).then((r) => r.json() as Promise<StateDetail>);
      this.details.set(usps, p);
    }
    return p;
  }

  private async showAgency(id: string) {
    const entry = this.index.find((a) => a[0] === id);
    if (!entry) return;
    const [, name, usps, countyFips, type] = entry;
    this.countyMap?.focusAgency(id);
    const box = this.$('agency');
    box.hidden = false;
    const h = document.createElement('h2');
    h.textContent = name;
    const where = document.createElement('p');
    where.textContent = `${this.s(`explore.type.${type}`)} · ${this.stateName(usps)}${type === 'state' ? ` (${this.s('explore.statewide')})` : countyFips ? '' : ` (${this.s('explore.noCounty')})`}`;
    box.replaceChildren(h, where);
    box.dataset.agency = id;
    try {
      const detail = await this.detail(usps);
      const agency = detail.agencies.find((a) => a.id === id);
      const list = document.createElement('ul');
      for (const m of agency?.models ?? []) {
        const li = document.createElement('li');
        li.textContent = m.signed
          ? this.s('explore.signed', { model: this.s(`model.${m.model}`), date: fmtDate(this.cfg.lang, m.signed) })
          : this.s('explore.signedUnknown', { model: this.s(`model.${m.model}`) });
        const moa = moaLink(m.moaUrl, this.s('moa.link'), this.s('moa.label', { model: this.s(`model.${m.model}`) }));
        if (moa) li.append(document.createElement('br'), moa);
        list.append(li);
      }
      if (agency?.countyName) where.textContent += ` · ${agency.countyName}`;
      box.append(list);
    } catch {
      /* the name, type and state are already shown */
    }
  }

  private renderList(agencies: AgencyIndex, statePicked: boolean) {
    this.$('list-title').textContent = this.s('explore.listTitle', { count: this.fmt(agencies.length) });
    const ul = this.$('list');
    const sorted = [...agencies].sort((a, b) => a[2].localeCompare(b[2]) || a[1].localeCompare(b[1]));
    ul.replaceChildren(
      ...sorted.slice(0, LIST_LIMIT).map(([id, name, usps, , type]) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = name;
        const small = document.createElement('small');
        small.textContent = `${this.s(`explore.type.${type}`)} · ${usps}`;
        b.append(small);
        b.addEventListener('click', () => void this.showAgency(id));
        li.append(b);
        return li;
      }),
    );
    const more = this.$('list-more');
    more.hidden = agencies.length <= LIST_LIMIT;
    more.textContent = this.s(statePicked ? 'explore.listMoreState' : 'explore.listMore', { shown: LIST_LIMIT });
  }

  private setupSearch() {
    const input = this.$<HTMLInputElement>('search');
    const results = this.$<HTMLUListElement>('results');
    const close = () => {
      results.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      this.active = -1;
    };
    const highlight = (i: number) => {
      this.active = i;
      [...results.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `agency-opt-${i}`);
    };
    const choose = async (a: AgencyEntry) => {
      close();
      input.value = a[1];
      const moved = this.state !== null && this.state !== a[2].toLowerCase();
      if (this.state !== a[2].toLowerCase()) await this.showState(a[2].toLowerCase());
      await this.showAgency(a[0]);
      // Say so (on screen and to screen readers) when the choice leaves the state the reader was in.
      const note = moved ? this.s('explore.stateChanged', { state: this.stateName(a[2]) }) : '';
      this.$('search-status').textContent = note;
      this.$('moved').textContent = note;
      this.$('moved').hidden = !moved;
    };
    input.addEventListener('input', () => {
      this.options = searchAgencies(this.index, input.value, 8, this.state?.toUpperCase() ?? null);
      const status = this.$('search-status');
      if (input.value.trim().length < 2) {
        close();
        status.textContent = '';
        return;
      }
      results.replaceChildren(
        ...this.options.map((a, i) => {
          const li = document.createElement('li');
          li.id = `agency-opt-${i}`;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          li.textContent = `${a[1]} (${this.stateName(a[2])})`;
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => void choose(a));
          return li;
        }),
      );
      results.hidden = this.options.length === 0;
      input.setAttribute('aria-expanded', String(this.options.length > 0));
      status.textContent = this.options.length ? this.s('explore.searchCount', { count: this.options.length }) : this.s('explore.searchNone', { query: input.value.trim() });
      highlight(-1);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.options.length) {
        e.preventDefault();
        highlight((this.active + 1) % this.options.length);
      } else if (e.key === 'ArrowUp' && this.options.length) {
        e.preventDefault();
        highlight((this.active - 1 + this.options.length) % this.options.length);
      } else if (e.key === 'Enter') {
        const pick = this.options[this.active >= 0 ? this.active : 0];
        if (pick && !results.hidden) {
          e.preventDefault();
          void choose(pick);
        }
      } else if (e.key === 'Escape') close();
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
  }
}

customElements.define('county-explorer', CountyExplorer);
