/**
 * <county-explorer>: wires the explorer page. The first view is an SVG county map (no maplibre), with
 * the agency list and search working; the zoomable maplibre map is imported only when the reader
 * zooms, pans or asks for it, and takes over with the same state, county and agency selected.
 * Every data string is set with textContent.
 */
import { getJson, hasWebGL, loadAgencyIndex, loadStateDetail, type AgencyEntry, type CountyProps } from '@lib/explorer/county-data.ts';
import { SvgMaps } from '@lib/explorer/svg-maps.ts';
import type { SvgStateMap } from '@lib/explorer/svg-map-data.ts';
import { setUpAgencySearch } from '@lib/explorer/agency-search.ts';
import { AgencyList, LIST_LIMIT } from '@lib/explorer/agency-list.ts';
import { onFirstZoomGesture } from '@lib/explorer/zoom-gesture.ts';
import type { AgencyIndex } from '@schema/records.ts';
import type { CountyMap, MapColors } from '@lib/explorer/county-map.ts';
import { fmtDate, fmtInt } from '@lib/intl-format.ts';
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

class CountyExplorer extends HTMLElement {
  countyMap: CountyMap | null = null;
  private svgMap: SvgMaps | null = null;
  private cfg!: Config;
  private index: AgencyIndex = [];
  private indexReady: Promise<AgencyIndex> | null = null;
  private state: string | null = null;
  private selected: { agency: string | null } = { agency: null };
  private upgrading: Promise<void> | null = null;
  private list!: AgencyList;
  private webgl: boolean | null = null;
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
    this.list = new AgencyList({
      title: this.$('list-title'),
      list: this.$('list'),
      more: this.$('list-more'),
      titleText: (count) => this.s('explore.listTitle', { count: this.fmt(count) }),
      moreText: (statePicked) => this.s(statePicked ? 'explore.listMoreState' : 'explore.listMore', { shown: LIST_LIMIT }),
      typeText: (type) => this.s(`explore.type.${type}`),
    });
    this.$('list').addEventListener('click', (e) => {
      const id = (e.target as Element).closest('[data-agency]')?.getAttribute('data-agency');
      if (id) void this.showAgency(id);
    });
    void this.start();
  }

  private async start() {
    this.indexReady = loadAgencyIndex(this.cfg.base);
    try {
      await Promise.all([this.showState(this.state, false), this.indexReady.then((index) => (this.index = index))]);
    } catch {
      this.status(this.s('explore.loadError'));
      return;
    }
    this.dataset.mode = 'svg';
    const button = this.$<HTMLButtonElement>('zoomable');
    button.hidden = false;
    button.addEventListener('click', () => void this.upgrade());
    // When the reader points at the button, check WebGL and warm the cache (the zoomable map is the
    // largest download). The probe makes a GPU context, ~70 ms with software GL: never on first view.
    button.addEventListener('pointerenter', () => {
      if ((this.webgl ??= hasWebGL())) void import('@lib/explorer/county-map.ts').catch(() => {});
    }, { once: true });
    onFirstZoomGesture(this.$('map'), () => void this.upgrade());
  }

  /** Whether maplibre can run here; without WebGL the SVG map is the whole map, and the page says so. */
  private canZoom(): boolean {
    this.webgl ??= hasWebGL();
    if (!this.webgl && this.dataset.mode !== 'fallback') {
      this.dataset.mode = 'fallback';
      this.$('zoomable').hidden = true;
      this.note(this.s('explore.fallback'));
    }
    return this.webgl;
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

  private async showState(state: string | null, push = true) {
    this.state = state;
    this.$<HTMLSelectElement>('state').value = state ?? '';
    if (push) {
      const url = new URL(location.href);
      if (state) url.searchParams.set('state', state);
      else url.searchParams.delete('state');
      history.replaceState(null, '', url);
    }
    // The state's pre-drawn map (with its agency list) is all the first view waits for; the agency
    // index (search) loads beside it. With the zoomable map on screen, its lon/lat data comes too.
    const [map, lonLat] = await Promise.all([
      getJson<SvgStateMap>(`${this.cfg.base}explore/map/${state ?? 'us'}.json`),
      this.countyMap ? this.zoomableData(state) : null,
    ]);
    // A later choice of state has taken over while this one's files were on their way.
    if (this.state !== state) return;
    if (lonLat) this.countyMap!.update(lonLat.counties, lonLat.points);
    else if (!(await this.drawSvg(map, state === null))) return;
    this.$('moved').hidden = true;
    this.selected.agency = null;
    this.showCounty(null);
    if (this.state === state) await this.list.render(map.agencies, state !== null);
  }

  private drawSvg(map: SvgStateMap, wholeCountry: boolean): Promise<boolean> {
    const theme = this.theme;
    this.svgMap ??= new SvgMaps(this.$('map'), {
      steps: this.cfg.steps[theme],
      dot: this.cfg.dot[theme],
      stance: this.cfg.stance[theme],
      mapLabel: this.s('explore.svgMapLabel'),
      countyLabel: (c) => this.s('explore.countyLabel', { name: c.name, count: this.fmt(c.agreements) }),
      onCounty: (c) => this.showCounty(c),
      onAgency: (id) => void this.showAgency(id),
    });
    return this.svgMap.draw(map, wholeCountry);
  }

  /** The zoomable map's lon/lat counties and agency points (loaded with maplibre, never on first view). */
  private async zoomableData(state: string | null) {
    const { loadLonLat } = await import('@lib/explorer/county-map.ts');
    return loadLonLat(this.cfg.base, state, await this.indexReady!);
  }

  /** Swaps the SVG map for the zoomable one, keeping the state and the selected agency or county. */
  private upgrade(): Promise<void> {
    if (!this.canZoom()) return Promise.resolve();
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
      const [{ createCountyMap }, data, states] = await Promise.all([
        import('@lib/explorer/county-map.ts'),
        this.zoomableData(this.state),
        import('@lib/explorer/county-map.ts').then((m) => m.loadStateOutlines(this.cfg.base)),
      ]);
      host.append(layer);
      const c = this.cfg;
      const steps = c.steps[this.theme] as [string, string, string, string, string];
      this.countyMap = await createCountyMap({
        container: layer,
        counties: data.counties,
        states,
        stanceColors: c.stance[this.theme],
        agencies: data.points,
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
      this.svgMap?.svg?.remove();
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
    this.$('search-status').textContent = this.$('moved').textContent = note;
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
    const entry = (await this.indexReady!).find((a) => a[0] === id);
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
}

customElements.define('county-explorer', CountyExplorer);
