/**
 * The elements a month step rewrites (found once), and its writes to the home page's data table:
 * numbers, sort values and the law column.
 */
import type { monthValues } from '@lib/timeline.ts';
import type { LawWords } from '@lib/law-text.ts';

const STANCE_ORDER = ['mandate', 'encourage', 'none', 'limit', 'prohibit', 'unknown'];

/** Attribute writes only when the value changes: unchanged states cost no style work. */
export const set = (e: Element, k: string, v: string) => {
  if (e.getAttribute(k) !== v) e.setAttribute(k, v);
};

export interface TableRow { usps: string; cells: Partial<Record<string, HTMLElement>> }

export function relabelTable(
  rows: TableRow[],
  v: ReturnType<typeof monthValues>,
  rates: Record<string, number | null>,
  lawKeys: Record<string, string>,
  f: { nf: Intl.NumberFormat; rf: Intl.NumberFormat; words: LawWords },
): void {
  const zero = { total: 0, JEM: 0, WSO: 0, TFM: 0 };
  for (const { usps, cells } of rows) {
    const s = v.states[usps] ?? zero;
    const r = rates[usps] ?? null;
    const vals: Array<[string, number, string]> = [
      ['agreements', s.total, f.nf.format(s.total)],
      ['jem', s.JEM, f.nf.format(s.JEM)],
      ['wso', s.WSO, f.nf.format(s.WSO)],
      ['tfm', s.TFM, f.nf.format(s.TFM)],
    ];
    if (r !== null) vals.push(['per100k', r, f.rf.format(r)]);
    for (const [col, val, txt] of vals) {
      const td = cells[col];
      if (!td) continue;
      set(td, 'data-v', String(val));
      if (td.textContent !== txt) td.textContent = txt;
    }
    const st = cells.stance;
    const key = lawKeys[usps];
    if (st && key) {
      set(st, 'data-v', String(STANCE_ORDER.indexOf(key)));
      st.querySelector('rect')?.setAttribute('class', `sw-${key}`);
      const label = st.querySelector('[data-stance-label]');
      const txt = key === 'unknown' ? f.words.say('law.unknown') : f.words.say(`stance.${key}`);
      if (label && label.textContent !== txt) label.textContent = txt;
    }
  }
}

export interface StepElements {
  shapes: Array<{ e: SVGElement; usps: string; link: boolean }>;
  circles: Array<{ e: SVGCircleElement; usps: string }>;
  rows: TableRow[];
  hooks: Array<{ e: Element; key: string }>;
  markers: SVGElement[];
  latestOnly: HTMLElement[];
  legendCounts: Array<{ e: HTMLElement; key: string }>;
  unknownItems: HTMLElement[];
  lawNote: HTMLElement | null;
}

/** The map's own elements come from `host`; the table, page numbers and chart marker from the page. */
export function stepElements(host: HTMLElement): StepElements {
  const usps = (e: Element) => (e.closest('[data-usps]') as HTMLElement | null)?.dataset.usps ?? '';
  return {
    shapes: [...host.querySelectorAll<SVGElement>('.st, .st-sw')].map((e) => ({ e, usps: usps(e), link: e.matches('a.st') })),
    circles: [...host.querySelectorAll<SVGCircleElement>('.circles circle[data-usps]')].map((e) => ({ e, usps: e.dataset.usps! })),
    rows: [...document.querySelectorAll<HTMLTableRowElement>('tr[data-tl-row]')].map((r) => ({
      usps: r.dataset.usps!,
      cells: Object.fromEntries([...r.querySelectorAll<HTMLElement>('td[data-col]')].map((td) => [td.dataset.col!, td])),
    })),
    hooks: [...document.querySelectorAll('[data-tl]:not([data-tl=marker])')].map((e) => ({ e, key: e.getAttribute('data-tl')! })),
    markers: [...document.querySelectorAll<SVGElement>('[data-tl=marker]')],
    latestOnly: [...document.querySelectorAll<HTMLElement>('[data-tl-latest]')],
    legendCounts: [...host.querySelectorAll<HTMLElement>('[data-tl-stance]')].map((e) => ({ e, key: e.dataset.tlStance! })),
    unknownItems: [...host.querySelectorAll<HTMLElement>('[data-role=lg-unknown]')],
    lawNote: host.querySelector<HTMLElement>('[data-role=tc-law]'),
  };
}
