/**
 * <county-explorer>: wires the explorer page. The first view is an SVG county map (no maplibre), with
 * the agency list and search working; the zoomable maplibre map is imported only when the reader
 * zooms, pans or asks for it, and takes over with the same state, county and agency selected.
 * Every data string is set with textContent.
 */
import { agencyPoints, countyFeatures, hasWebGL, loadAgencyIndex, loadCounties, loadCountyCounts, loadStateDetail, type AgencyEntry, type AgencyPoint, type CountyProps } from '@lib/explorer/county-data.ts';
import { SvgCountyMap, type Outline } from '@lib/explorer/svg-county-map.ts';
import { setUpAgencySearch } from '@lib/explorer/agency-search.ts';
import { onFirstZoomGesture } from '@lib/explorer/zoom-gesture.ts';
import type { AgencyIndex, CountyCounts } from '@schema/records.ts';
import type { CountyMap, MapColors } from '@lib/explorer/county-map.ts';
import { fmtDate, fmtInt } from '@lib/intl-format.ts';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { fill } from '@lib/template.ts';
import { moaLink } from '@lib/explorer/moa-link.ts';

interface Config {
  lang: 'en' | 'es';
  base: string;
  states: Array<{ usps: string; fips: string; name: string; stance: string }>;
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
  private svgMap: SvgCountyMap | null = null;
  private cfg!: Config;
  private index: AgencyIndex = [];
  private counts: CountyCounts = {};
  private state: string | null = null;
  private counties: FeatureCollection<Geometry, CountyProps> | null = null;
  private points: AgencyPoint[] = [];
  private selected: { agency: string | null } = { agency: null };
  private upgrading: Promise<void> | null = null;
  private readonly dark = matchMedia('(prefers-color-scheme: dark)').matches;

  private $<T extends HTMLElement>(role: string): T {
    return this.querySelector<T>(`[data-role="${role}"]`)!;
  }
  private s(key: string, vars: Record<string, string | number> = {}): string {
    return fill(this.cfg.strings[key] ?? key, vars);
  }
  private fmt = (n: number) => fmtInt(this.cfg.lang, n);
  private get theme() { return this.dark ? 'dark' : 'light'; }

  connectedCallback() {
    this.cfg = JSON.parse(this.$('config').textContent ?? '{}') as Config;
    const param = new URLSearchParams(location.search).get('state')?.toLowerCase() ?? '';
    this.state = this.cfg.states.some((s) => s.usps.toLowerCase() === param) ? param : null;
    const select = this.$<HTMLSelectElement>('state');
    select.value = this.state ?? '';
    select.addEventListener('change', () => void this.showState(select.value || null));
    setUpAgencySearch({
      input: this.$<HTMLInputElement>('search'),
      results: this.$<HTMLUListElement>('results'),
      status: this.$('search-status'),
      index: () => this.index,
      state: () => this.state,
      label: (a) => `${a[1]} (${this.stateName(a[2])})`,
      count: (count) => this.s('explore.searchCount', { count }),
      none: (query) => this.s('explore.searchNone', { query }),
      choose: (a) => void this.choose(a),
    });
    void this.start();
  }

  private async start() {
    try {
      [this.counts, this.index] = await Promise.all([loadCountyCounts(this.cfg.base), loadAgencyIndex(this.cfg.base)]);
      await this.showState(this.state, false);
    } catch {
      this.status(this.s('explore.loadError'));
      return;
    }
    const webgl = hasWebGL();
    this.dataset.mode = webgl ? 'svg' : 'fallback';
    const button = this.$<HTMLButtonElement>('zoomable');
    if (!webgl) {
      this.note(this.s('explore.fallback'));
      return;
    }
    button.hidden = false;
    button.addEventListener('click', () => void this.upgrade());
    // Warm the cache when the reader points at the button: the zoomable map is the largest download.
    button.addEventListener('pointerenter', () => void import('@lib/explorer/county-map.ts').catch(() => {}), { once: true });
    onFirstZoomGesture(this.$('map'), () => void this.upgrade());
  }

  private status(text: string) {
    const el = this.querySelector('[data-role="status"]') ?? this.$('map').appendChild(Object.assign(document.createElement('p'), { className: 'status' }));
    el.setAttribute('data-role', 'status');
    el.textContent = text;
  }

  private note(text: string) {
    const note = this.$('note');
    note.textContent = text;
    note.hidden = false;
  }

  private stateName(usps: string) {
    return this.cfg.states.find((s) => s.usps === usps.toUpperCase())?.name ?? usps.toUpperCase();
  }

  private outlines(topo: Topology): Outline[] {
    const obj = topo.objects.counties as GeometryCollection;
    const colors = this.cfg.stance[this.theme];
    const shown = this.state ? this.cfg.states.filter((s) => s.usps.toLowerCase() === this.state) : this.cfg.states;
    // A state's outline is the arcs used by only one of its own counties: one pass per state's counties.
    return shown.map((st) => {
      const own: GeometryCollection = { type: 'GeometryCollection', geometries: obj.geometries.filter((g) => String(g.id).startsWith(st.fips)) };
      return { stance: st.stance, color: colors[st.stance] ?? colors.none!, geometry: mesh(topo, own, (a, b) => a === b) };
    });
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
    this.counties = countyFeatures(topo, this.counts);
    const inState = this.index.filter((a) => !state || a[2] === state.toUpperCase());
    this.points = agencyPoints(inState, this.counties);
    this.renderList(inState, state !== null);
    this.$('moved').hidden = true;
    this.selected.agency = null;
    this.showCounty(null);
    // One WebGL map for the page's life: a new context per state change can fail (software WebGL).
    if (this.countyMap) return this.countyMap.update(this.counties, this.points);
    this.svgMap ??= new SvgCountyMap(this.$('map'), {
      steps: this.cfg.steps[this.theme],
      dot: this.cfg.dot[this.theme],
      mapLabel: this.s('explore.svgMapLabel'),
      countyLabel: (c) => this.s('explore.countyLabel', { name: c.name, count: this.fmt(c.agreements) }),
      onCounty: (c) => this.showCounty(c),
      onAgency: (id) => void this.showAgency(id),
    });
    this.svgMap.draw(this.counties, this.points, this.outlines(topo));
  }

  /** Swaps the SVG map for the zoomable one, keeping the state and the selected agency or county. */
  private upgrade(): Promise<void> {
    this.upgrading ??= this.loadZoomable();
    return this.upgrading;
  }

  private async loadZoomable() {
    const button = this.$<HTMLButtonElement>('zoomable');
    button.disabled = true;
    button.textContent = this.s('explore.zoomableLoading');
    const host = this.$('map');
    const layer = Object.assign(document.createElement('div'), { className: 'zoomable' });
    try {
      const [{ createCountyMap }, states] = await Promise.all([
        import('@lib/explorer/county-map.ts'),
        fetch(`${this.cfg.base}data/states-lonlat.topojson`).then((r) => r.json() as Promise<Topology>),
      ]);
      host.append(layer);
      const c = this.cfg;
      const steps = c.steps[this.theme] as [string, string, string, string, string];
      this.countyMap = await createCountyMap({
        container: layer,
        counties: this.counties!,
        states: feature(states, states.objects.states as GeometryCollection<{ usps: string; stance: string }>) as FeatureCollection<Geometry, { usps: string; stance: string }>,
        stanceColors: c.stance[this.theme],
        agencies: this.points,
        colors: { ...c.chrome[this.theme], steps, agency: c.dot[this.theme].fill, agencyStroke: c.dot[this.theme].stroke },
        locale: {
          'NavigationControl.ZoomIn': this.s('explore.maplibre.zoomIn'),
          'NavigationControl.ZoomOut': this.s('explore.maplibre.zoomOut'),
          'AttributionControl.ToggleAttribution': this.s('explore.maplibre.attribution'),
          'Map.Title': this.s('explore.maplibre.map'),
        },
        credit: this.s('explore.maplibre.credit'),
        onCounty: (county) => this.showCounty(county),
        onAgency: (id) => void this.showAgency(id),
      });
      this.svgMap?.svg.remove();
      this.svgMap = null;
      button.hidden = true;
      this.dataset.mode = 'webgl';
      if (this.selected.agency) this.countyMap.focusAgency(this.selected.agency);
    } catch {
      layer.remove();
      this.countyMap?.destroy();
      this.countyMap = null;
      button.hidden = true;
      this.note(this.s('explore.zoomableError'));
    }
  }

  private choose = async (a: AgencyEntry) => {
    const moved = this.state !== null && this.state !== a[2].toLowerCase();
    if (this.state !== a[2].toLowerCase()) await this.showState(a[2].toLowerCase());
    await this.showAgency(a[0]);
    // Say so (on screen and to screen readers) when the choice leaves the state the reader was in.
    const note = moved ? this.s('explore.stateChanged', { state: this.stateName(a[2]) }) : '';
    this.$('search-status').textContent = note;
    this.$('moved').textContent = note;
    this.$('moved').hidden = !moved;
  };

  private showCounty(c: CountyProps | null) {
    const box = this.$('county');
    if (!c) {
      const p = document.createElement('p');
      p.textContent = this.s('explore.countyNone');
      box.replaceChildren(p);
      delete box.dataset.fips;
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


  private async showAgency(id: string) {
    const entry = this.index.find((a) => a[0] === id);
    if (!entry) return;
    const [, name, usps, countyFips, type] = entry;
    this.selected.agency = id;
    if (this.countyMap) this.countyMap.focusAgency(id);
    else this.svgMap?.focusAgency(id, countyFips);
    const box = this.$('agency');
    box.hidden = false;
    const h = document.createElement('h2');
    h.textContent = name;
    const where = document.createElement('p');
    where.textContent = `${this.s(`explore.type.${type}`)} · ${this.stateName(usps)}${type === 'state' ? ` (${this.s('explore.statewide')})` : countyFips ? '' : ` (${this.s('explore.noCounty')})`}`;
    box.replaceChildren(h, where);
    box.dataset.agency = id;
    try {
      const detail = await loadStateDetail(this.cfg.base, usps);
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
    const sorted = [...agencies].sort((a, b) => a[2].localeCompare(b[2]) || a[1].localeCompare(b[1]));
    this.$('list').replaceChildren(
      ...sorted.slice(0, LIST_LIMIT).map(([id, name, usps, , type]) => {
        const li = document.createElement('li');
        const b = Object.assign(document.createElement('button'), { type: 'button', textContent: name });
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
}

customElements.define('county-explorer', CountyExplorer);
