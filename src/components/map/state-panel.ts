/**
 * The parts of <divide-map>'s state panel and tooltip that are plain DOM work: the panel's texts, the
 * tooltip's position beside the pointer, and the laws and sources fetched from states/XX.json.
 * Data strings reach the DOM through textContent only (policy-dom.ts builds the measures).
 */
import type { StateDetail } from '@schema/records.ts';
import { fill } from '@lib/template.ts';
import { el, policyNodes } from '@lib/policy-dom.ts';
import type { DivideMapConfig, StateTexts } from './map-config.ts';

/** Sets each panel line ([data-role=…]); an empty text hides its line. */
export function fillPanelTexts(q: (role: string) => HTMLElement, info: StateTexts, date: string): void {
  const set = (role: string, text: string) => {
    const e = q(role);
    e.textContent = text;
    e.hidden = text === '';
  };
  set('name', info.name);
  set('stance', info.stance);
  set('sentence', info.sentence);
  set('lawat', info.lawAt ?? '');
  set('unsettled', info.unsettled);
  set('mismatch', info.note);
  q('mismatch').classList.toggle('flag', info.flagged);
  set('count', info.count);
  set('agencies', info.agencies);
  q('agencies-sep').hidden = info.agencies === '';
  set('models', info.byModel);
  set('rate', info.rate);
  set('share', info.share);
  set('f287', info.flags[0]);
  set('fdet', info.flags[1]);
  set('date', date);
}

/** Puts the tooltip beside the pointer, flipped to stay inside the map box. */
export function placeTip(tip: HTMLElement, x: number, y: number): void {
  tip.hidden = false;
  const box = tip.parentElement!.getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let left = x - box.left + 14;
  if (left + w > box.width) left = Math.max(0, x - box.left - w - 14);
  let top = y - box.top + 14;
  if (top + h > box.height) top = Math.max(0, y - box.top - h - 14);
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

/**
 * Fetches a state's laws and sources into the panel's details box. `current` says whether this
 * request is still the newest (a later click wins).
 */
export async function loadPolicyDetails(box: HTMLElement, usps: string, cfg: DivideMapConfig, current: () => boolean): Promise<void> {
  box.replaceChildren(el('p', cfg.s['panel.loading']!, 'muted'));
  box.setAttribute('aria-busy', 'true');
  let detail: StateDetail;
  try {
    const res = await fetch(`${cfg.base}data/states/${usps.toLowerCase()}.json`);
    if (!res.ok) throw new Error(String(res.status));
    detail = (await res.json()) as StateDetail;
  } catch {
    if (current()) {
      box.replaceChildren(el('p', cfg.s['panel.error']!, 'note flag'));
      box.removeAttribute('aria-busy');
    }
    return;
  }
  if (!current()) return;
  const { s } = cfg;
  const dates = new Intl.DateTimeFormat(cfg.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const out = policyNodes(detail, {
    say: (k, vars = {}) => fill(Object.hasOwn(s, k) ? s[k]! : k, vars),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    // The policy texts come in both languages; /es/ pages (html lang="es…") show the Spanish ones.
    es: document.documentElement.lang.startsWith('es'),
    reviewed: cfg.reviewed,
    h: 'h3',
  });
  box.replaceChildren(...out);
  box.removeAttribute('aria-busy');
}

/** Phones: scrolls only as needed so the whole map sits between the top of the screen and the bottom sheet. */
export function keepMapAboveSheet(panel: HTMLElement, svg: SVGSVGElement): void {
  requestAnimationFrame(() => {
    if (getComputedStyle(panel).position !== 'fixed') return;
    const sheetTop = panel.getBoundingClientRect().top;
    const map = svg.getBoundingClientRect();
    if (map.top >= 0 && map.bottom <= sheetTop) return;
    const dy = map.top < 0 || map.height > sheetTop - 8 ? map.top - 8 : map.bottom - sheetTop + 8;
    window.scrollBy({ top: dy, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  });
}
