/**
 * The share-of-residents view at the month the control shows. The build writes the newest sheet's
 * classes (data-s), legend counts ([data-share-n]) and sentences; at another ICE sheet this fetches
 * people-covered.json (once) and rewrites them; at an archived month (no county column, so no figure)
 * every state gets the no-figure class and the legend says why. Never a number the data does not have.
 */
import { fill } from '@lib/template.ts';
import { shareClass, shareSentence, type ShareWords } from '@lib/map/share.ts';
import { set } from './month-table.ts';
import type { DivideMapConfig } from './map-config.ts';

interface People { dates: string[]; states: Record<string, { population: number; people: number[] }> }

export class ShareMonth {
  private data: Promise<People> | null = null;
  private request = 0;
  /** Sentences at the month shown; null = the newest sheet (the build's texts). */
  private texts: Record<string, string> | null = null;
  private original = new Map<Element, string>();
  private words: ShareWords;
  private int: (n: number) => string;
  private cfg: DivideMapConfig['sh'];
  private names: Record<string, string>;
  private s: Record<string, string>;

  constructor(private host: HTMLElement, { sh, states, s, locale }: Pick<DivideMapConfig, 'sh' | 'states' | 's' | 'locale'>) {
    this.cfg = sh;
    this.s = s;
    this.names = Object.fromEntries(Object.entries(states).map(([u, x]) => [u, x.name]));
    // Made on first use, not here: this runs on every page load, most readers never open this view,
    // and the page's first Intl object loads locale data (~60 ms of the home page's script time).
    let nf: Intl.NumberFormat | undefined;
    let pf: Intl.NumberFormat | undefined;
    this.int = (n) => (nf ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n);
    const pct = (n: number) => (pf ??= new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(n);
    this.words = { say: (k, v = {}) => fill(s[k] ?? '', v), int: this.int, pct };
    for (const e of this.shapes()) this.original.set(e, e.getAttribute('data-s') ?? 'n');
    for (const e of this.counts()) this.original.set(e, e.textContent ?? '');
  }

  private shapes() {
    return [...this.host.querySelectorAll('[data-s]')];
  }

  private counts() {
    return [...this.host.querySelectorAll('[data-share-n]')];
  }

  /** This month's sentence for a state, or undefined at the newest sheet (the build's text stands). */
  text(usps: string): string | undefined {
    return this.texts && Object.hasOwn(this.texts, usps) ? this.texts[usps] : undefined;
  }

  /** Show the ICE sheet `sheet`; resolves true when the texts changed (the open panel is then refilled). */
  async at(sheet: string): Promise<boolean> {
    const id = ++this.request;
    const i = this.cfg.dates.indexOf(sheet);
    if (i === this.cfg.dates.length - 1) {
      for (const [e, v] of this.original) e.hasAttribute('data-share-n') ? (e.textContent = v) : set(e, 'data-s', v);
      return this.show(null, false);
    }
    if (i < 0) return this.paint(() => ({ c: 'n', text: this.s['share.noSheet'] ?? '' }), true);
    let p: People;
    try {
      p = await (this.data ??= fetch(this.cfg.src).then((r) => (r.ok ? (r.json() as Promise<People>) : Promise.reject(new Error(String(r.status))))));
    } catch {
      this.data = null;
      return false;
    }
    if (id !== this.request) return false;
    return this.paint((usps) => {
      const st = Object.hasOwn(p.states, usps) ? p.states[usps] : undefined;
      const n = st?.people[i] ?? 0;
      const pop = st?.population ?? 0;
      return st
        ? { c: String(shareClass(usps, n, pop)), text: shareSentence(usps, this.names[usps] ?? usps, n, pop, this.words) }
        : { c: 'n', text: '' };
    }, false);
  }

  private paint(of: (usps: string) => { c: string; text: string }, archived: boolean): boolean {
    const texts: Record<string, string> = {};
    const classes: Record<string, string> = {};
    const counts: Record<string, number> = {};
    for (const usps of Object.keys(this.names)) {
      const { c, text } = of(usps);
      texts[usps] = text;
      classes[usps] = c;
      counts[c] = (counts[c] ?? 0) + 1;
    }
    for (const e of this.shapes()) {
      const usps = e.closest<HTMLElement>('[data-usps]')?.dataset.usps ?? '';
      set(e, 'data-s', Object.hasOwn(classes, usps) ? classes[usps]! : 'n');
    }
    for (const e of this.counts()) {
      const txt = `(${this.int(counts[e.getAttribute('data-share-n')!] ?? 0)})`;
      if (e.textContent !== txt) e.textContent = txt;
    }
    return this.show(texts, archived);
  }

  private show(texts: Record<string, string> | null, archived: boolean): boolean {
    this.texts = texts;
    const note = this.host.querySelector<HTMLElement>('[data-role=share-archived]');
    if (note) note.hidden = !archived;
    return true;
  }
}
