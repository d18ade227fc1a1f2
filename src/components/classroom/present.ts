/**
 * Presentation mode: a guided tour of the national map for a projector. Steps come from summary.json
 * (lib/tour.ts); each highlights its states on the map, shows a large caption and the step counter,
 * and is announced in a live region. Arrow keys, PageUp/PageDown and Space step; Escape (or leaving
 * full screen) exits and removes ?present from the address. Strings come from data-config.
 */
import type { Summary } from '@schema/records.ts';
import { tourSteps, type TourStep } from '@lib/tour.ts';
import { fmtDate, fmtInt, fmtList } from '@lib/intl-format.ts';
import { fill, pluralFrom } from '@lib/template.ts';
import type { Lang } from '@i18n/locale.ts';

/** names: the page language's state names by USPS code (the shared summary.json carries the English ones). */
interface Config { lang: Lang; summary: string; names: Record<string, string>; s: Record<string, string>; sentence: Record<string, string> }

const SVG = 'http://www.w3.org/2000/svg';

let active = false;
let wentFullscreen = false;
let index = 0;
let steps: TourStep[] = [];
let summary: Summary | null = null;
let cfg: Config;
const ui = () => document.querySelector<HTMLElement>('[data-present-ui]')!;
const map = () => document.querySelector<HTMLElement>('divide-map')!;
const role = <T extends HTMLElement = HTMLElement>(r: string) => ui().querySelector<T>(`[data-role="${r}"]`)!;

function caption(step: TourStep, data: Summary): string {
  const { s, lang } = cfg;
  const by = new Map(data.states.map((x) => [x.usps, x]));
  const nameOf = (c: string) => cfg.names[c] ?? by.get(c)!.name;
  const names = (codes: string[]) => fmtList(lang, codes.map(nameOf));
  const count = (n: number) => pluralFrom(s, lang, 'count.agreements', n);
  switch (step.kind) {
    case 'overview':
      return fill(s['classroom.present.overview']!, { agreements: fmtInt(lang, data.national.agreements), date: fmtDate(lang, data.asOf) });
    case 'mandate':
    case 'prohibit':
      return fill(s[`classroom.present.${step.kind}`]!, { count: fmtInt(lang, step.states.length), list: names(step.states) });
    case 'top':
      return fill(s['classroom.present.top']!, {
        list: fmtList(lang, step.states.map((c) => fill(s['classroom.present.topItem']!, { name: nameOf(c), count: fmtInt(lang, by.get(c)!.agreements) }))),
      });
    case 'state': {
      const x = by.get(step.states[0])!;
      const name = nameOf(x.usps);
      return fill(s['classroom.present.state']!, { name, count: count(x.agreements), sentence: fill(cfg.sentence[x.stance]!, { name }) });
    }
  }
}

function show(i: number) {
  if (!summary) return;
  index = Math.max(0, Math.min(steps.length - 1, i));
  const step = steps[index]!;
  const on = new Set(step.states);
  const m = map();
  if (on.size) m.dataset.tour = step.kind;
  else delete m.dataset.tour;
  for (const a of m.querySelectorAll<SVGElement>('a.st')) a.classList.toggle('tour-on', on.has(a.dataset.usps ?? ''));
  role('caption').textContent = caption(step, summary);
  role('counter').textContent = fill(cfg.s['classroom.present.counter']!, { n: fmtInt(cfg.lang, index + 1), total: fmtInt(cfg.lang, steps.length) });
  ui().dataset.step = String(index + 1);
  role<HTMLButtonElement>('prev').disabled = index === 0;
  role<HTMLButtonElement>('next').disabled = index === steps.length - 1;
}

/** Abbreviation and count on every state large enough to hold them. */
function addLabels(data: Summary) {
  const svg = map().querySelector('svg.map');
  if (!svg || svg.querySelector('.present-labels')) return;
  const by = new Map(data.states.map((x) => [x.usps, x]));
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', 'present-labels');
  g.setAttribute('aria-hidden', 'true');
  for (const a of svg.querySelectorAll<SVGAElement>('a.st')) {
    const path = a.querySelector('path');
    const s = by.get(a.dataset.usps ?? '');
    if (!path || !s) continue;
    const b = path.getBBox();
    if (b.width * b.height < 1800 || b.width < 30) continue;
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', String(b.x + b.width / 2));
    text.setAttribute('y', String(b.y + b.height / 2));
    const t1 = document.createElementNS(SVG, 'tspan');
    t1.textContent = s.usps;
    const t2 = document.createElementNS(SVG, 'tspan');
    t2.setAttribute('class', 'n');
    t2.setAttribute('x', String(b.x + b.width / 2));
    t2.setAttribute('dy', '1.1em');
    t2.textContent = fmtInt(cfg.lang, s.agreements);
    text.append(t1, t2);
    text.dataset.area = String(b.width * b.height);
    g.append(text);
  }
  svg.querySelector('.hl')?.before(g);
  dropOverlaps(g);
}

/**
 * In the Northeast the labels of neighbouring states collide: keep the larger state's label and drop
 * any that would touch one already kept (measured in map units, so the result holds at every size).
 */
function dropOverlaps(g: SVGGElement) {
  const texts = [...g.querySelectorAll<SVGTextElement>('text')].sort((a, b) => Number(b.dataset.area) - Number(a.dataset.area));
  const kept: DOMRect[] = [];
  const pad = 2;
  for (const t of texts) {
    const r = t.getBBox();
    const hit = kept.some((k) => r.x - pad < k.x + k.width && k.x - pad < r.x + r.width && r.y - pad < k.y + k.height && k.y - pad < r.y + r.height);
    if (hit) t.remove();
    else kept.push(r);
  }
}

/** The caption bar keeps the height of its longest caption, so the map box never changes between steps. */
function reserveCaption() {
  const cap = role('caption');
  // Measured on a silent copy at the same width: the caption itself is a live region.
  const probe = document.createElement(cap.tagName);
  probe.className = cap.className;
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = `position:absolute;visibility:hidden;left:0;top:0;width:${cap.getBoundingClientRect().width}px`;
  cap.parentElement!.append(probe);
  let tallest = 0;
  for (const step of steps) {
    probe.textContent = caption(step, summary!);
    tallest = Math.max(tallest, probe.getBoundingClientRect().height);
  }
  probe.remove();
  cap.style.minHeight = `${Math.ceil(tallest)}px`;
}

/** The map fills the space between the legend and the caption bar (whose height changes per step). */
function fit() {
  const svg = map().querySelector<SVGSVGElement>('svg.map');
  if (!svg || !active) return;
  window.scrollTo(0, 0);
  const room = ui().getBoundingClientRect().top - svg.getBoundingClientRect().top - 8;
  svg.style.maxHeight = `${Math.max(160, Math.floor(room))}px`;
}
const resize = new ResizeObserver(() => fit());
function onResize() {
  reserveCaption();
  fit();
}

function onKey(e: KeyboardEvent) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const target = e.target as HTMLElement;
  if (target.closest('button, a, input, select, textarea') && (e.key === ' ' || e.key === 'Enter')) return;
  const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
  const prev = ['ArrowLeft', 'ArrowUp', 'PageUp'];
  if (next.includes(e.key)) show(index + 1);
  else if (prev.includes(e.key)) show(index - 1);
  else if (e.key === 'Home') show(0);
  else if (e.key === 'End') show(steps.length - 1);
  else if (e.key === 'Escape') stopPresentation(true);
  else return;
  e.preventDefault();
  e.stopPropagation();
}

function onFullscreen() {
  if (document.fullscreenElement) wentFullscreen = true;
  // The browser takes Escape to leave full screen and does not pass it on: leaving full screen exits.
  else if (wentFullscreen && active) stopPresentation(true);
}

export async function startPresentation() {
  if (active) return;
  active = true;
  cfg = JSON.parse(ui().dataset.config ?? '{}') as Config;
  document.documentElement.dataset.present = '';
  ui().hidden = false;
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('fullscreenchange', onFullscreen);
  const fs = role<HTMLButtonElement>('fullscreen');
  fs.hidden = !document.fullscreenEnabled;
  fs.onclick = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  role('prev').onclick = () => show(index - 1);
  role('next').onclick = () => show(index + 1);
  role('exit').onclick = () => stopPresentation(true);
  if (document.fullscreenElement) wentFullscreen = true;
  summary ??= (await fetch(cfg.summary).then((r) => r.json())) as Summary;
  if (!active) return;
  steps = tourSteps(summary);
  addLabels(summary);
  reserveCaption();
  show(0);
  role('next').focus();
  resize.observe(ui());
  window.addEventListener('resize', onResize);
  fit();
}

export function stopPresentation(updateUrl: boolean) {
  if (!active) return;
  active = false;
  wentFullscreen = false;
  document.removeEventListener('keydown', onKey, true);
  document.removeEventListener('fullscreenchange', onFullscreen);
  delete document.documentElement.dataset.present;
  ui().hidden = true;
  delete ui().dataset.step;
  resize.disconnect();
  window.removeEventListener('resize', onResize);
  role('caption').style.minHeight = '';
  const m = map();
  m.querySelector<SVGSVGElement>('svg.map')?.style.removeProperty('max-height');
  delete m.dataset.tour;
  for (const a of m.querySelectorAll('a.st.tour-on')) a.classList.remove('tour-on');
  m.querySelector('.present-labels')?.remove();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  if (updateUrl) {
    const p = new URLSearchParams(location.search);
    p.delete('present');
    const q = p.toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  }
}
