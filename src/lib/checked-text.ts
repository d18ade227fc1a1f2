/**
 * Build time: the sentences of a news-check card, in the page's language, from the computed check
 * (checks.json). Every number comes from the check; every word from the dictionaries.
 */
import { t } from '@i18n/index.ts';
import type { Lang } from '@i18n/locale.ts';
import type { Check, Figure, LawCheck, SheetFact } from '@schema/claims.ts';
import { fmtDate, fmtInt, fmtList } from './intl-format.ts';
import { intlLocale } from '@i18n/locale.ts';
import { fmtSheetRun } from './sheet-runs.ts';

const FIGURE_RULE_LIST = ['equal', 'earlier-sheet', 'header-row', 'territories', 'within-1pct', 'within-1pt', 'digits-swapped', 'gap'] as const;
type FigureRule = (typeof FIGURE_RULE_LIST)[number];
const FIGURE_RULES = new Set<FigureRule>(FIGURE_RULE_LIST);
const FIGURE_KEYS = ['agreements', 'states', 'agencies', 'agencies_added', 'biden', 'end_first_term'] as const;

export const fmtMonth = (lang: Lang, ym: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${ym.slice(0, 7)}-01T00:00:00Z`));
/** A publication date: a day, or a month when only the month is known. */
export const fmtPublished = (lang: Lang, d: string) => (d.length === 10 ? fmtDate(lang, d) : fmtMonth(lang, d));
const fmtShort = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const fmtDay = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const pct = (lang: Lang, x: number) => new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(x);

export function cardText(c: Check, lang: Lang, names: Record<string, string>) {
  const name = (u: string) => names[u] ?? u;
  const sheets = new Map(c.sheets.map((s) => [s.file, s]));
  // An afternoon file is always named so; a morning one when the card shows both files of the day.
  const twoOnDay = (s: SheetFact) => s.pm || c.sheets.some((o) => o.date === s.date && o.file !== s.file);
  const sheetLabel = (file: string) => {
    const s = sheets.get(file)!;
    if (s.sheets) return fmtSheetRun(lang, s);
    const date = fmtDate(lang, s.date);
    return twoOnDay(s) ? t(lang, s.pm ? 'checked.sheetPm' : 'checked.sheetAm', { date }) : date;
  };
  const isShare = (f: Figure) => f.key === 'share_over';
  const value = (f: Figure, v: number) => (isShare(f) ? pct(lang, v) : fmtInt(lang, v));
  const published = (f: Figure) => (f.published === null ? '' : isShare(f) ? t(lang, 'checked.morePrefix', { value: pct(lang, f.published) }) : fmtInt(lang, f.published));
  const label = (f: Figure): string => {
    if (/^[A-Z]{2}$/.test(f.key)) return name(f.key);
    if (f.key === 'JEM' || f.key === 'WSO' || f.key === 'TFM') return t(lang, `model.${f.key}`);
    if (f.key === 'share_over') return t(lang, 'checked.fig.share_over', { states: fmtList(lang, f.states.map(name)) });
    if (f.key === 'counties') return t(lang, 'checked.fig.counties', { state: fmtList(lang, c.states.map(name)) });
    const key = FIGURE_KEYS.find((k) => k === f.key);
    return key ? t(lang, `checked.fig.${key}`) : t(lang, 'checked.fig.other');
  };
  const reason = (f: Figure): string[] => {
    if (f.rule === 'statement') {
      const series = f.values.map((v) => `${sheetLabel(v.file)}: ${fmtInt(lang, v.value)}`).join('; ');
      const out = [t(lang, 'checked.rule.statement', { state: name(f.key), series })];
      if (c.lawChange) out.push(t(lang, 'checked.lawChange', { state: name(c.lawChange.state), date: fmtDate(lang, c.lawChange.date) }));
      return out;
    }
    if (f.rule === 'not-in-sheets') return [t(lang, 'checked.rule.not-in-sheets')];
    if (f.rule === 'archived-tables') return [t(lang, 'checked.rule.archived-tables', { label: `${label(f)} (${published(f)})` })];
    const at = f.values.find((v) => v.file === f.file)!;
    const pub = isShare(f) ? pct(lang, f.published!) : published(f);
    // Law rules (took-effect-later, in-force, …) never judge a figure: the schema shares one list.
    const rule = FIGURE_RULES.has(f.rule as FigureRule) ? (f.rule as FigureRule) : 'gap';
    const out = [t(lang, `checked.rule.${rule}` as const, { label: label(f), published: pub, ice: value(f, at.value), sheet: sheetLabel(at.file) })];
    // A sheet after the publication date (Florida's "latest") is shown, never judged.
    const last = f.values.at(-1)!;
    const by = c.published.length === 10 ? c.published : `${c.published}-31`;
    if (last.file !== at.file && sheets.get(last.file)!.date > by) out.push(t(lang, 'checked.laterSheet', { sheet: sheetLabel(last.file), ice: value(f, last.value) }));
    return out;
  };
  const stance = (s: LawCheck['today']) => t(lang, `stance.${s}`);
  const law = (l: LawCheck): string => {
    const m = l.measure;
    const vars = {
      state: name(l.state), date: fmtDate(lang, l.date), today: stance(l.today), stance: l.atDate.stance ? stance(l.atDate.stance) : '',
      measure: m ? (lang === 'es' ? m.nameEs : m.name) : '', signed: m?.signed ? fmtDate(lang, m.signed) : '', effective: m?.effective ? fmtDate(lang, m.effective) : '',
    };
    if (l.claimed === 'order') return t(lang, l.atDate.stance === 'mandate' ? 'checked.law.orderMandate' : 'checked.law.order', vars);
    if (l.rule === 'date-unknown') return t(lang, 'checked.law.date-unknown', vars);
    if (l.claimed === 'proposed') return t(lang, l.verdict === 'matches' ? 'checked.law.proposed' : 'checked.law.proposedInForce', vars);
    if (l.rule === 'in-force') return t(lang, m?.effective ? 'checked.law.in-force' : 'checked.law.in-forceNoMeasure', vars);
    return t(lang, `checked.law.${l.rule === 'took-effect-later' ? 'took-effect-later' : 'not-in-force'}`, vars);
  };
  // The sheets as table columns: each figure's number on each sheet, and each sheet's rows, states and territories.
  const judged = c.figures.filter((f) => f.values.length > 0 && f.rule !== 'statement');
  // Column labels drop the year when every sheet of the card is from one year (the caption gives it).
  const years = new Set(c.sheets.flatMap((s) => [s.date.slice(0, 4), (s.through ?? s.date).slice(0, 4)]));
  const oneYear = years.size === 1 ? [...years][0]! : null;
  const short = (file: string) => {
    const s = sheets.get(file)!;
    if (s.sheets) return fmtSheetRun(lang, s, 'short', !oneYear);
    const date = oneYear ? fmtDay(lang, s.date) : fmtShort(lang, s.date);
    return twoOnDay(s) ? t(lang, s.pm ? 'checked.sheetPm' : 'checked.sheetAm', { date }) : date;
  };
  const grid = judged.length === 0 ? null : {
    caption: oneYear ? t(lang, 'checked.captionYear', { year: oneYear }) : t(lang, 'checked.caption'),
    sheets: c.sheets.map((s) => ({ file: s.file, label: short(s.file) })),
    rows: judged.map((f) => ({
      label: label(f),
      published: published(f),
      cells: c.sheets.map((s) => {
        const v = f.values.find((x) => x.file === s.file);
        return v ? { value: value(f, v.value), detail: v.detail !== undefined ? t(lang, 'checked.modelStates', { count: fmtInt(lang, v.detail) }) : null, basis: v.file === f.file } : null;
      }),
    })),
    facts: c.sheets.map((s) => ({
      rows: fmtInt(lang, s.rows),
      states: fmtInt(lang, s.states),
      territories: s.territories.length ? fmtList(lang, s.territories.map((x) => `${name(x.usps)} (${fmtInt(lang, x.rows)})`)) : t(lang, 'checked.none'),
    })),
  };
  const reasons = [
    ...c.figures.flatMap(reason),
    ...c.law.map(law),
    ...(c.figures.length === 0 && c.law.length === 0 ? [t(lang, c.rule === 'archived-tables' ? 'checked.rule.historyNone' : 'checked.rule.not-in-sheets')] : []),
  ];
  return {
    claim: lang === 'es' ? c.claimEs : c.claim,
    byline: t(lang, 'checked.published', {
      publisher: lang === 'es' ? c.publisherEs : c.publisher, date: fmtPublished(lang, c.published), cited: lang === 'es' ? c.attributedToEs : c.attributedTo,
    }),
    verdict: t(lang, `checked.verdict.${c.verdict}`),
    grid,
    reasons,
    lawNote: c.law.some((l) => l.claimed !== 'order') && c.published.length === 7 ? t(lang, 'checked.law.dateNote') : null,
  };
}
