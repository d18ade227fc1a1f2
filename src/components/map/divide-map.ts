/**
 * <divide-map>: the national map's enhancement. The map, legend, table and panel skeleton are HTML
 * from the build; this adds view switching (data attributes only), legend filters, tooltip, selection
 * with a side panel / bottom sheet, URL state (?view=&model=&state=), history and keyboard access.
 * Every string comes from the page's data-config (built from the i18n dictionaries); data strings
 * only ever reach the DOM through textContent.
 */
import { TimeControl } from './time-control.ts';
import type { DivideMapConfig as Config, MonthTexts, StateTexts as StateInfo } from './map-config.ts';
import { fill } from '@lib/template.ts';
import { fillPanelTexts, keepMapAboveSheet, loadPolicyDetails, placeTip } from './state-panel.ts';
import { ShareMonth } from './share-month.ts';
import { checkView } from './view-bar.ts';
import '../party/party-layer.ts';

class DivideMap extends HTMLElement {
  private cfg!: Config;
  private links: SVGAElement[] = [];
  private selected: string | null = null;
  private filter: HTMLButtonElement | null = null;
  private pointerType = 'mouse';
  private request = 0;
  private time: TimeControl | null = null;
  /** Counts at the month shown when it is not the latest (null = latest, the build-time text). */
  private atMonth: Record<string, MonthTexts> | null = null;
  private monthDate: string | null = null;
  private month: string | null = null;
  private share!: ShareMonth;

  private q<T extends Element = HTMLElement>(role: string): T {
    return this.querySelector(`[data-role="${role}"]`) as T;
  }

  connectedCallback() {
    this.cfg = JSON.parse(this.dataset.config ?? '{}') as Config;
    this.links = [...this.querySelectorAll<SVGAElement>('a.st')];
    for (const a of this.links) a.setAttribute('role', 'button');
    for (const r of ['controls', 'keys-hint', 'filter-hint']) this.q(r).hidden = false;
    this.share = new ShareMonth(this, this.cfg);
    const timeRoot = this.q('time');
    if (timeRoot && this.cfg.tm) {
      const each = <T>(f: (x: StateInfo) => T) => Object.fromEntries(Object.entries(this.cfg.states).map(([u, x]) => [u, f(x)]));
      this.time = new TimeControl(this, timeRoot, {
        ...this.cfg.tm,
        stance: each((x) => [x.name, x.stance] as [string, string]),
        lc: each((x) => x.lawChanges),
        cv: each((x) => x.countiesCovered),
        s: this.cfg.s,
      });
    }

    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.name === 'view') this.setView(t.value, true);
      else if (t.dataset.role === 'model') this.setModel(t.value, true);
    });
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('pointerdown', (e) => (this.pointerType = e.pointerType));
    const svg = this.querySelector('svg.map')!;
    svg.addEventListener('pointermove', (e) => this.onMove(e as PointerEvent));
    svg.addEventListener('pointerleave', () => this.pointerType === 'mouse' && this.hideTip());
    svg.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent));
    svg.addEventListener('focusin', (e) => this.onFocus(e.target as Element));
    svg.addEventListener('focusout', () => this.hl('focus', null));
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (this.selected) {
        e.preventDefault();
        this.close(true);
      } else this.hideTip();
    });
    window.addEventListener('popstate', () => this.fromUrl());
    this.fromUrl();
  }

  /** Apply ?view, ?model and ?state; unknown values fall back to the defaults. */
  private fromUrl() {
    const p = new URLSearchParams(location.search);
    this.setView(p.get('view') ?? 'divide', false);
    this.setModel(p.get('model') ?? 'tfm', false);
    const st = (p.get('state') ?? '').toUpperCase();
    if (Object.hasOwn(this.cfg.states, st)) this.select(st, false, false);
    else if (this.selected) this.close(false, false);
    this.time?.fromUrl();
  }

  /** A state's texts at the month shown: counts, the law in force then and the flag of that month's sheet. */
  private info(usps: string): StateInfo | undefined {
    const base = Object.hasOwn(this.cfg.states, usps) ? this.cfg.states[usps] : undefined;
    const m = this.atMonth && Object.hasOwn(this.atMonth, usps) ? this.atMonth[usps] : undefined;
    return base && { ...base, ...m, share: this.share.text(usps) ?? base.share };
  }

  /** Called by the month control after a step; refreshes an open panel without refetching. */
  timeChanged(perState: Record<string, MonthTexts> | null, date: string | null, month: string | null, sheet: string) {
    this.atMonth = perState;
    this.monthDate = date;
    this.month = month;
    if (this.selected) this.fillPanel(this.selected);
    void this.share.at(sheet).then((changed) => changed && this.selected && this.fillPanel(this.selected));
  }

  private toUrl(push: boolean) {
    const p = new URLSearchParams(location.search);
    const view = this.dataset.view ?? 'divide';
    view === 'divide' ? p.delete('view') : p.set('view', view);
    view === 'model' ? p.set('model', this.dataset.model ?? 'tfm') : p.delete('model');
    this.selected ? p.set('state', this.selected.toLowerCase()) : p.delete('state');
    const qs = p.toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  private setView(view: string, user: boolean) {
    if (!Object.hasOwn(this.cfg.views, view)) view = 'divide';
    this.dataset.view = view;
    checkView(this.querySelectorAll<HTMLInputElement>('input[name=view]'), view);
    this.clearFilter();
    if (user) {
      this.toUrl(false);
      this.say(fill(this.cfg.s['live.view']!, { view: this.cfg.views[view]! }));
    }
  }

  private setModel(model: string, user: boolean) {
    if (!Object.hasOwn(this.cfg.models, model)) model = 'tfm';
    this.dataset.model = model;
    this.q<HTMLSelectElement>('model').value = model;
    this.clearFilter();
    if (user) this.toUrl(false);
  }

  private clearFilter() {
    this.filter?.setAttribute('aria-pressed', 'false');
    this.filter = null;
    delete this.dataset.filtering;
  }

  private applyFilter(btn: HTMLButtonElement) {
    const same = this.filter === btn;
    this.clearFilter();
    if (same) return;
    this.filter = btn;
    btn.setAttribute('aria-pressed', 'true');
    this.dataset.filtering = '';
    const attr = btn.dataset.attr === 'model' ? this.dataset.model! : btn.dataset.attr!;
    for (const a of this.links) a.classList.toggle('hit', a.getAttribute(`data-${attr}`) === btn.dataset.val);
  }

  private onClick(e: MouseEvent) {
    const t = e.target as Element;
    const lg = t.closest<HTMLButtonElement>('.lg-item');
    if (lg) return this.applyFilter(lg);
    if (t.closest('[data-role=close]')) return this.close(true);
    if (t.closest('[data-role=sheet-toggle]')) return this.setSheet(this.dataset.sheet === 'full' ? 'peek' : 'full');
    const link = t.closest<HTMLElement | SVGAElement>('a.st, a.small-btn');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const usps = link.dataset.usps!;
    // On touch the sheet replaces the tooltip (a tooltip would stay over the map after the tap).
    if (this.pointerType !== 'mouse') this.hideTip();
    this.select(usps, true, true);
  }

  private onMove(e: PointerEvent) {
    if (e.pointerType !== 'mouse') return;
    const a = (e.target as Element).closest<SVGAElement>('a.st');
    if (!a) return this.hideTip();
    this.showTip(a.dataset.usps!, e.clientX, e.clientY);
  }

  private showTip(usps: string, x: number, y: number) {
    const info = this.info(usps);
    if (!info) return;
    const tip = this.q('tip');
    this.q('tip-name').textContent = info.name;
    this.q('tip-stance').textContent = info.sentence;
    this.q('tip-count').textContent = info.count;
    this.q('tip-models').textContent = info.byModel;
    this.q('tip-share').textContent = info.share;
    this.q('tip-date').textContent = this.monthDate ?? this.cfg.date;
    placeTip(tip, x, y);
    this.hl('hover', usps);
  }

  private hideTip() {
    this.q('tip').hidden = true;
    this.hl('hover', null);
  }

  private link = (usps: string) => this.links.find((a) => a.dataset.usps === usps);

  /** Draw an outline over a state by copying its path (the state itself stays in place). */
  private hl(kind: 'hover' | 'sel' | 'focus', usps: string | null) {
    const d = usps ? this.link(usps)?.querySelector('path')?.getAttribute('d') : null;
    this.querySelector(`.hl-${kind}`)?.setAttribute('d', d ?? '');
  }

  private onFocus(t: Element) {
    const a = t.closest<SVGAElement>('a.st');
    if (!a) return;
    for (const l of this.links) l.setAttribute('tabindex', l === a ? '0' : '-1');
    this.hl('focus', a.matches(':focus-visible') ? a.dataset.usps! : null);
  }

  private onKey(e: KeyboardEvent) {
    const a = (e.target as Element).closest<SVGAElement>('a.st');
    if (!a) return;
    const i = this.links.indexOf(a);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % this.links.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + this.links.length) % this.links.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.links.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(a.dataset.usps!, true, false);
      return;
    } else if (/^[a-z]$/i.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Type-ahead: the next state whose name starts with the letter.
      const k = e.key.toLowerCase();
      for (let j = 1; j <= this.links.length; j++) {
        const c = this.links[(i + j) % this.links.length]!;
        if (this.cfg.states[c.dataset.usps!]?.name.toLowerCase().startsWith(k)) {
          next = this.links.indexOf(c);
          break;
        }
      }
    }
    if (next < 0) return;
    e.preventDefault();
    this.links[next]!.focus();
  }

  private say(msg: string) {
    const live = this.q('live');
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = msg));
  }

  select(usps: string, push: boolean, announce = true) {
    const info = this.info(usps);
    if (!info) return;
    this.selected = usps;
    this.dataset.selected = usps;
    this.hl('sel', usps);
    for (const l of this.links) l.setAttribute('tabindex', l.dataset.usps === usps ? '0' : '-1');
    for (const b of this.querySelectorAll<HTMLElement>('.small-btn')) b.setAttribute('aria-current', String(b.dataset.usps === usps));
    this.q('hint').hidden = true;
    this.q('body').hidden = false;
    this.fillPanel(usps);
    const more = this.q<HTMLAnchorElement>('more');
    more.textContent = fill(this.cfg.s['panel.more']!, { name: info.name });
    if (push) this.toUrl(true);
    if (announce) this.say(fill(this.cfg.s['live.selected']!, { name: info.name, stance: info.stance }));
    // A phone's sheet opens at its peek height (another state keeps the height the reader chose).
    if (!this.dataset.sheet) this.setSheet('peek');
    this.keepMapInView();
    void this.loadDetails(usps);
  }

  private setSheet(h: 'peek' | 'full') {
    this.dataset.sheet = h;
    this.q('sheet-toggle').setAttribute('aria-expanded', String(h === 'full'));
    if (h === 'peek') this.q('panel').scrollTop = 0;
  }

  private keepMapInView = () => keepMapAboveSheet(this.q('panel'), this.querySelector('svg.map')!);

  private fillPanel(usps: string) {
    fillPanelTexts((role) => this.q(role), this.info(usps)!, this.monthDate ?? this.cfg.date);
    // The state page shows the count at the month too when it gets ?date=.
    this.q<HTMLAnchorElement>('more').href = `${this.cfg.pages}states/${usps.toLowerCase()}/${this.month ? `?date=${this.month}` : ''}`;
    this.q('swatch').setAttribute('class', `sw-${this.link(usps)?.dataset.d ?? 'none'}`);
  }

  private async loadDetails(usps: string, id = ++this.request) {
    await loadPolicyDetails(this.q('details'), usps, this.cfg, () => id === this.request);
  }

  close(push: boolean, focus = true) {
    const usps = this.selected;
    if (!usps) return;
    this.selected = null;
    delete this.dataset.selected;
    delete this.dataset.sheet;
    this.request++;
    this.hl('sel', null);
    this.hideTip();
    for (const b of this.querySelectorAll<HTMLElement>('.small-btn')) b.removeAttribute('aria-current');
    this.q('body').hidden = true;
    this.q('hint').hidden = false;
    if (push) this.toUrl(true);
    this.say(this.cfg.s['live.closed']!);
    if (focus) this.link(usps)?.focus();
  }
}

customElements.define('divide-map', DivideMap);
