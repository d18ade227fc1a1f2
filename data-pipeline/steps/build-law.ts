/**
 * The law over time: for every state the stance in force at each month of the timeline, the
 * law-vs-agreements flag of each month's sheet (judged by the law on that sheet's date), and the
 * dated changes to mark on charts. Pure: policy and month tables in, plain objects out.
 */
import type { Policy } from './read-policy.ts';
import type { LawAt, Mismatch, Timeline } from '../schema/records.ts';
import { lawAt, lawChanges, periods, type Period } from './law-at-date.ts';
import { mismatchFor, type StateLaw } from './summarize-states.ts';

const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The date whose law a month shows: its own sheet's date, else its last day (never past the review date). */
export function lawDates(months: string[], snapshotForMonth: string[], reviewed: string): string[] {
  return months.map((m, i) => {
    const sheet = snapshotForMonth[i]!;
    if (sheet.slice(0, 7) === m) return sheet;
    const end = monthEnd(m);
    return end < reviewed ? end : reviewed;
  });
}

export function statePeriods(policy: Policy): Map<string, Period[]> {
  return new Map([...policy.states].map(([usps, e]) => [usps, periods(e)]));
}

/** Today's stance, its start, every change, and the law on the newest sheet's date, per state. */
export function stateLaw(ps: Map<string, Period[]>, asOf: string, reviewed: string): Map<string, StateLaw> {
  return new Map([...ps].map(([usps, p]) => [usps, { atSheet: lawAt(p, asOf, reviewed), since: p.at(-1)!.from, changes: lawChanges(p) }]));
}

export interface LawSeriesInput {
  policy: Policy;
  periods: Map<string, Period[]>;
  months: string[];
  snapshotForMonth: string[];
  /** Agreements in a state on a sheet date. */
  count: (usps: string, sheet: string) => number;
  /** The newest sheet's flags (they include county coverage, known only for that sheet). */
  latestSheet: string;
  latestMismatch: Map<string, Mismatch>;
}

export function lawSeries(x: LawSeriesInput): Pick<Timeline, 'lawDates' | 'law' | 'mismatch' | 'lawEvents' | 'lawDatesKnown'> {
  const dates = lawDates(x.months, x.snapshotForMonth, x.policy.reviewed);
  const law: Record<string, LawAt[]> = {};
  const mismatch: Record<string, Mismatch[]> = {};
  for (const [usps, p] of x.periods) {
    law[usps] = dates.map((d) => lawAt(p, d, x.policy.reviewed));
    const flags = x.snapshotForMonth.map((sheet) =>
      sheet === x.latestSheet ? (x.latestMismatch.get(usps) ?? null) : mismatchFor(lawAt(p, sheet, x.policy.reviewed), x.count(usps, sheet), null),
    );
    if (flags.some((f) => f !== null)) mismatch[usps] = flags;
  }
  const first = dates[0] ?? x.policy.reviewed;
  const lawEvents = [...x.periods].flatMap(([usps, p]) =>
    lawChanges(p)
      .filter((c): c is typeof c & { date: string } => c.date !== null && c.date >= `${first.slice(0, 7)}-01` && c.date <= x.policy.reviewed)
      .map((c) => {
        const m = x.policy.states.get(usps)!.measures.find((mm) => mm.effective === c.date && mm.status.startsWith('enacted'));
        return { date: c.date, state: usps, from: c.from, to: c.to, measure: m?.name ?? null };
      }),
  ).sort((a, b) => a.date.localeCompare(b.date) || a.state.localeCompare(b.state));
  return { lawDatesKnown: true, lawDates: dates, law, mismatch, lawEvents };
}
