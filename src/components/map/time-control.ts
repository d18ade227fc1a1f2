/**
 * The national map's month control (its buttons above the map; its sheet and law note, [data-role=time-note], beside it). timeline.json is fetched on first use (pointer or focus on the
 * control, or a ?date= in the URL), never on first paint. A step rewrites only data attributes and
 * text: the map's per-view classes (CSS colours them), the state labels and tooltip/panel counts,
 * and, when the page has them, the headline numbers, the table and the growth chart's marker
 * ([data-tl] hooks). Law colours never change: the policy table has no effective dates.
 * ?date=YYYY-MM is read and written here (history.replaceState); invalid values mean "latest".
 */
import type { Timeline } from '@schema/records.ts';
import { capitalize as cap, monthIndex, monthValues } from '@lib/timeline.ts';
import { fill } from '@lib/template.ts';
import type { LawWords } from '@lib/law-text.ts';
import type { LawChange } from '@schema/records.ts';
import { monthTexts } from './month-texts.ts';
import { relabelTable, set, stepElements, type StepElements } from './month-table.ts';
import type { MonthTexts } from './map-config.ts';
import { classify } from '@lib/map/classify.ts';

interface MonthInfo { m: string; l: string; s: string; c: boolean; d: string; w: string }
interface TimeConfig { src: string; months: MonthInfo[]; /** Play starts here from the end: the first month of ICE's sheets (earlier months are the archived tables). */ playFrom: number; play: string; pause: string; loading: string; error: string }
/** Built by NationalMap.astro: what a step needs to relabel states and page numbers. */
export interface TimeMapConfig {
  locale: string;
  ab: number[];
  mb: number[];
  pb: number[];
  max: number;
  pop: Record<string, number | null>;
  /** Filled in by <divide-map> from its state texts: [name, today's stance label]. */
  stance?: Record<string, [string, string]>;
  /** Filled in by <divide-map>: each state's dated law changes and [counties with a sheriff agreement, counties]. */
  lc?: Record<string, LawChange[]>;
  cv?: Record<string, [number, number]>;
  /** Filled in by <divide-map>: the dictionary strings the law sentences use. */
  s?: Record<string, string>;
  dc: boolean;
  tpl: Record<'label' | 'one' | 'other' | 'bm' | 'r' | 'sentence' | 'caption', string>;
}
/** What the control needs from <divide-map>. */
export interface TimeHost extends HTMLElement {
  timeChanged(perState: Record<string, MonthTexts> | null, date: string | null, month: string | null, sheet: string): void;
}

const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const PLAY_MS = 1100;

export class TimeControl {
  private cfg: TimeConfig;
  private data: Promise<Timeline> | null = null;
  private tl: Timeline | null = null;
  private index: number;
  private timer = 0;
  private range: HTMLInputElement;
  private playBtn: HTMLButtonElement;
  /** Page text at the latest month, restored when the reader comes back to it. */
  private original = new Map<Element, string>();
  private stance: Record<string, [string, string]>;
  private words: LawWords;

  // Made on first use: the first Intl object on a page loads locale data (tens of ms on a slow phone),
  // and most readers never move the month.
  private intl?: { nf: Intl.NumberFormat; rf: Intl.NumberFormat; plural: Intl.PluralRules; dates: Intl.DateTimeFormat };
  private get formats() {
    return (this.intl ??= {
      nf: new Intl.NumberFormat(this.map.locale, { maximumFractionDigits: 0 }),
      rf: new Intl.NumberFormat(this.map.locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
      plural: new Intl.PluralRules(this.map.locale),
      dates: new Intl.DateTimeFormat(this.map.locale, { dateStyle: 'long', timeZone: 'UTC' }),
    });
  }
  private get nf() { return this.formats.nf; }
  private get rf() { return this.formats.rf; }
  private get plural() { return this.formats.plural; }
  private get dates() { return this.formats.dates; }

  constructor(private host: TimeHost, private root: HTMLElement, private map: TimeMapConfig) {
    this.cfg = JSON.parse(root.dataset.time ?? '{}') as TimeConfig;
    this.stance = map.stance ?? {};
    this.index = this.last;
    this.range = root.querySelector('[data-role=tc-range]')!;
    this.playBtn = root.querySelector('[data-role=tc-play]')!;
    const strings = map.s ?? {};
    this.words = {
      say: (k, vars = {}) => fill(Object.hasOwn(strings, k) ? strings[k]! : k, vars),
      date: (iso) => this.dates.format(new Date(`${iso}T00:00:00Z`)),
      plural: (n) => this.plural.select(n),
      num: (n) => this.nf.format(n),
    };
    host.dataset.timed = '';

    const warm = () => void this.load();
    for (const ev of ['pointerenter', 'pointerdown', 'focusin']) root.addEventListener(ev, warm, { once: true });
    this.range.addEventListener('input', () => this.go(Number(this.range.value), true));
    root.querySelector('[data-role=tc-prev]')!.addEventListener('click', () => void this.step(-1));
    root.querySelector('[data-role=tc-next]')!.addEventListener('click', () => void this.step(1));
    this.playBtn.addEventListener('click', () => (this.timer ? this.stop() : this.play()));
    // Reduced motion: no playback, stepping only.
    const mq = matchMedia('(prefers-reduced-motion: reduce)');
    const sync = () => {
      this.playBtn.hidden = mq.matches;
      if (mq.matches) this.stop();
    };
    mq.addEventListener('change', sync);
    sync();
  }

  private get last() {
    return this.cfg.months.length - 1;
  }

  private load(): Promise<Timeline> {
    return (this.data ??= fetch(this.cfg.src)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<Timeline>;
      })
      .then((tl) => (this.tl = tl))
      .catch((e: unknown) => {
        this.status(this.cfg.error);
        this.data = null;
        throw e;
      }));
  }

  private status(msg: string) {
    this.host.querySelector('[data-role=tc-status]')!.textContent = msg;
  }

  /** Restore ?date= (called on load and on popstate). */
  fromUrl() {
    const raw = new URLSearchParams(location.search).get('date');
    const i = monthIndex(this.cfg.months.map((m) => m.m), raw);
    if (i === null || i === this.last) {
      if (this.index !== this.last) void this.go(this.last, false);
      return;
    }
    void this.go(i, false);
  }

  /** Button steps are announced (the range announces itself through aria-valuetext; Play does not, to avoid chatter). */
  private async step(d: number) {
    this.stop();
    await this.go(Math.min(this.last, Math.max(0, this.index + d)), true);
    if (this.tl) this.status(`${cap(this.cfg.months[this.index]!.l)}: ${this.count(this.tl.national[this.index] ?? 0)}`);
  }

  private play() {
    if (reduced()) return;
    if (this.index >= this.last) void this.go(this.cfg.playFrom, true);
    this.playBtn.setAttribute('aria-pressed', 'true');
    this.playBtn.querySelector('span')!.textContent = this.cfg.pause;
    this.timer = window.setInterval(() => {
      if (this.index >= this.last) return this.stop();
      void this.go(this.index + 1, true);
    }, PLAY_MS);
  }

  private stop() {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = 0;
    this.playBtn.setAttribute('aria-pressed', 'false');
    this.playBtn.querySelector('span')!.textContent = this.cfg.play;
  }

  /** Move to month i: the control's own labels at once, the numbers when the data is there. */
  async go(i: number, user: boolean) {
    this.index = i;
    const info = this.cfg.months[i]!;
    this.range.value = String(i);
    this.range.setAttribute('aria-valuetext', cap(info.l));
    this.root.querySelector('[data-role=tc-month]')!.textContent = cap(info.l);
    this.host.querySelector('[data-role=tc-sheet]')!.textContent = info.s;
    (this.host.querySelector('[data-role=tc-carried]') as HTMLElement).hidden = !info.c;
    this.status('');
    if (user) this.toUrl();
    if (!this.tl) {
      this.status(this.cfg.loading);
      try {
        await this.load();
      } catch {
        return;
      }
      this.status('');
      if (this.index !== i) return;
    }
    this.apply(i);
  }

  private toUrl() {
    const p = new URLSearchParams(location.search);
    this.index === this.last ? p.delete('date') : p.set('date', this.cfg.months[this.index]!.m);
    const qs = p.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  }

  /** Elements a step rewrites, found once (a step must stay well under a frame). */
  private els: StepElements | null = null;

  private elements() {
    if (this.els) return this.els;
    this.els = stepElements(this.host);
    for (const h of this.els.hooks) this.original.set(h.e, h.e.textContent ?? '');
    return this.els;
  }

  private count(n: number) {
    return fill(this.plural.select(n) === 'one' ? this.map.tpl.one : this.map.tpl.other, { count: this.nf.format(n) });
  }

  /** The synchronous update of one step (what the benchmark measures). Writes only what changed. */
  apply(i: number) {
    performance.mark('tl-step-start');
    const els = this.elements();
    const v = monthValues(this.tl!, i);
    const latest = i === this.last;
    const { ab, mb, pb, max } = this.map;
    const zero = { total: 0, JEM: 0, WSO: 0, TFM: 0 };
    const tl = this.tl!;
    const sheet = tl.snapshotForMonth[i]!;
    const w = this.words;
    const { per, rates, lawKeys, stanceCounts } = monthTexts({
      tl, i, v, names: this.stance, map: this.map, words: w, count: (n) => this.count(n), nf: this.nf, rf: this.rf,
    });
    for (const { e, usps, link } of els.shapes) {
      const s = v.states[usps] ?? zero;
      const r = rates[usps] ?? null;
      set(e, 'data-a', String(classify(s.total, ab)));
      if (r !== null) set(e, 'data-p', String(classify(r, pb)));
      set(e, 'data-jem', String(classify(s.JEM, mb)));
      set(e, 'data-wso', String(classify(s.WSO, mb)));
      set(e, 'data-tfm', String(classify(s.TFM, mb)));
      if (lawKeys[usps]) set(e, 'data-d', lawKeys[usps]!);
      if (link) set(e, 'aria-label', fill(this.map.tpl.label, { name: this.stance[usps]?.[0] ?? usps, stance: per[usps]?.stance ?? '', count: per[usps]?.count ?? '' }));
    }
    for (const { e, usps } of els.circles) {
      const n = v.states[usps]?.total ?? 0;
      set(e, 'r', n <= 0 ? '0' : Math.max(3.5, Math.sqrt(n / max) * 40).toFixed(1));
      e.classList.toggle('mismatch', Boolean(tl.mismatch[usps]?.[i]));
    }
    for (const { e, key } of els.legendCounts) {
      const txt = `(${this.nf.format(stanceCounts[key] ?? 0)})`;
      if (e.textContent !== txt) e.textContent = txt;
    }
    for (const e of els.unknownItems) e.hidden = stanceCounts.unknown === 0;
    if (els.lawNote) {
      const lastSheet = tl.snapshotForMonth[tl.snapshotForMonth.length - 1]!;
      const beyond = sheet === lastSheet && tl.months[i]! > sheet.slice(0, 7);
      const txt = [w.say('law.control', { date: w.date(tl.lawDates[i]!) }), beyond ? w.say('law.noNewer', { date: w.date(sheet) }) : ''].filter(Boolean).join(' ');
      if (els.lawNote.textContent !== txt) els.lawNote.textContent = txt;
    }
    this.stanceCounts = stanceCounts;
    this.lawKeys = lawKeys;
    this.host.toggleAttribute('data-past', !latest);
    this.host.timeChanged(latest ? null : per, latest ? null : info(this.cfg.months[i]!), latest ? null : this.cfg.months[i]!.m, sheet);
    this.page(v, latest, rates);
    performance.mark('tl-step-end');
    performance.measure('tl-step', 'tl-step-start', 'tl-step-end');
  }

  private stanceCounts: Record<string, number> = {};
  private lawKeys: Record<string, string> = {};

  /** Numbers outside the map, when the page has them (the home page; the embed has none). */
  private page(v: ReturnType<typeof monthValues>, latest: boolean, rates: Record<string, number | null>) {
    const els = this.elements();
    const info = this.cfg.months[this.index]!;
    const states = Object.entries(v.states).filter(([u, s]) => s.total > 0 && (this.map.dc || u !== 'DC')).length;
    const lawDate = this.words.date(this.tl!.lawDates[this.index]!);
    const vars: Record<string, string> = {
      month: info.l, date: info.d, agreements: this.nf.format(v.agreements), agencies: this.nf.format(v.agencies), states: this.nf.format(states),
      mandate: this.nf.format(this.stanceCounts.mandate ?? 0), prohibit: this.nf.format(this.stanceCounts.prohibit ?? 0), lawDate, law: lawDate, source: info.w,
    };
    for (const { e, key } of els.hooks) {
      const tpl = key === 'sentence' || key === 'caption' ? this.map.tpl[key] : null;
      const value = tpl ? (latest ? this.original.get(e)! : fill(tpl, key === 'sentence' ? { ...vars, month: cap(info.l) } : vars)) : vars[key];
      if (value !== undefined && e.textContent !== value) e.textContent = value;
    }
    relabelTable(els.rows, v, rates, this.lawKeys, { nf: this.nf, rf: this.rf, words: this.words });
    // Texts true only of the latest sheet (e.g. the territories line) are hidden at other months.
    for (const e of els.latestOnly) e.hidden = !latest;
    for (const m of els.markers) {
      const xs = (m.dataset.xs ?? '').split(',');
      set(m, 'transform', `translate(${xs[this.index] ?? 0},0)`);
      m.classList.toggle('is-off', latest);
    }
  }
}

const info = (m: MonthInfo) => `${m.l} · ${m.s}`;
