/**
 * The month control's per-state texts at one month: counts, rate, the law in force then (or "changed;
 * date not known"), the law-vs-practice note of that month's sheet, and the stance counts for the
 * legend. Pure (no DOM), so the browser step and its tests share it.
 */
import type { Timeline } from '@schema/records.ts';
import type { monthValues } from '@lib/timeline.ts';
import { fill } from '@lib/template.ts';
import { changeNote, lawKey, lawLabel, mismatchNote, unknownNote, type LawWords } from '@lib/law-text.ts';
import type { MonthTexts } from './map-config.ts';
import type { TimeMapConfig } from './time-control.ts';

export interface MonthTextsInput {
  tl: Timeline;
  /** The month's index in tl.months. */
  i: number;
  v: ReturnType<typeof monthValues>;
  /** [name, today's stance label] per state: the states drawn. */
  names: Record<string, [string, string]>;
  map: TimeMapConfig;
  words: LawWords;
  count: (n: number) => string;
  nf: Intl.NumberFormat;
  rf: Intl.NumberFormat;
}

export function monthTexts({ tl, i, v, names, map, words: w, count, nf, rf }: MonthTextsInput) {
  const zero = { total: 0, JEM: 0, WSO: 0, TFM: 0 };
  const per: Record<string, MonthTexts> = {};
  const rates: Record<string, number | null> = {};
  const sheet = tl.snapshotForMonth[i]!;
  const lawKeys: Record<string, string> = {};
  const stanceCounts: Record<string, number> = { mandate: 0, encourage: 0, none: 0, limit: 0, prohibit: 0, unknown: 0 };
  for (const usps of Object.keys(names)) {
    const s = v.states[usps] ?? zero;
    const p = map.pop[usps];
    const r = p ? Math.round((s.total / p) * 1e5 * 100) / 100 : null;
    const law = tl.law[usps]?.[i];
    const name = names[usps]![0];
    const key = law ? lawKey(law) : 'none';
    lawKeys[usps] = key;
    stanceCounts[key] = (stanceCounts[key] ?? 0) + 1;
    const flag = tl.mismatch[usps]?.[i] ?? null;
    const [covered, counties] = map.cv?.[usps] ?? [0, 0];
    const change = changeNote(map.lc?.[usps] ?? [], sheet, name, flag !== null, w);
    rates[usps] = r;
    per[usps] = {
      count: count(s.total),
      // Agencies per state are known for the newest sheet only: not shown at other months.
      agencies: '',
      byModel: fill(map.tpl.bm, { jem: nf.format(s.JEM), wso: nf.format(s.WSO), tfm: nf.format(s.TFM) }),
      rate: r === null ? '' : fill(map.tpl.r, { value: rf.format(r) }),
      stance: law ? lawLabel(law, w) : '',
      sentence: law ? (law.stance ? w.say(`stance.sentence.${law.stance}`, { name }) : unknownNote(law, name, w)) : '',
      flagged: flag !== null,
      note: mismatchNote(flag, { count: nf.format(s.total), covered: nf.format(covered), counties: nf.format(counties) }, change, w),
      lawAt: law ? w.say('law.at', { date: w.date(tl.lawDates[i]!), stance: lawLabel(law, w) }) : '',
    };
  }
  return { per, rates, lawKeys, stanceCounts };
}
