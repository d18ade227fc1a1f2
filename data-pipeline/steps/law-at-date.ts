/**
 * The law in force on any date, from a state's stance_history and stance_since. Where the table
 * does not know a boundary (a null date), the answer is "changed; exact date not known" with the
 * two stances on either side: the site shows that as its own treatment and never guesses.
 */
import type { HistoryPeriod, Stance, StateEntry } from '../schema/policy.ts';
import type { LawAt, LawChange, LawSegment } from '../schema/records.ts';

export interface Period {
  stance: Stance;
  /** null: since before the table's horizon (no history), or a start date the table does not know. */
  from: string | null;
  /** null: open (the current stance) or an end date the table does not know. */
  to: string | null;
  because: string | null;
}

export const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Whole days from a to b (b later: positive). Dates are calendar days in UTC, so no DST drift. */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

type Entry = Pick<StateEntry, 'stance' | 'stance_since'> & { stance_history: HistoryPeriod[] };

/** History periods plus the current stance as one list, oldest first. */
export function periods(e: Entry): Period[] {
  const past: Period[] = e.stance_history.map((h) => ({ stance: h.stance, from: h.from, to: h.to, because: h.because }));
  const last = past.at(-1);
  // The current stance starts at stance_since, else the day after the history's last known end.
  const from = e.stance_since ?? (last?.to ? addDays(last.to, 1) : null);
  return [...past, { stance: e.stance, from, to: null, because: null }];
}

/**
 * Problems with a state's dates, as [field, message] pairs (read-policy turns them into input
 * errors with the YAML line): periods out of order, gaps or overlaps, an unknown end that is not
 * the last one, and a stance_since that disagrees with the history.
 */
export function historyProblems(e: Entry): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const h = e.stance_history;
  h.forEach((p, i) => {
    if (p.to !== null && p.to < p.from) out.push([`stance_history[${i}].to`, `an end date on or after its start (${p.from})`]);
    const next = h[i + 1];
    if (!next) return;
    if (p.to === null) out.push([`stance_history[${i}].to`, 'a date: only the last period may end on an unknown date']);
    else if (next.from !== addDays(p.to, 1)) out.push([`stance_history[${i + 1}].from`, `the day after the previous period ends (${addDays(p.to, 1)})`]);
  });
  const last = h.at(-1);
  if (e.stance_since !== null && last) {
    if (last.to === null) out.push(['stance_since', `null, or a date in stance_history[${h.length - 1}].to: the history says the change date is not known`]);
    else if (e.stance_since !== addDays(last.to, 1)) out.push(['stance_since', `the day after the last history period ends (${addDays(last.to, 1)})`]);
  }
  if (last && last.stance === e.stance && last.to !== null) out.push([`stance_history[${h.length - 1}].stance`, `a stance other than today's (${e.stance}): a period is a change`]);
  return out;
}

/**
 * The stance in force on `date`. On or after `reviewed` (the day the table was last checked) the
 * answer is today's stance: the table vouches for it then, whatever the history could not date.
 */
export function lawAt(ps: Period[], date: string, reviewed: string): LawAt {
  const current = ps.at(-1)!;
  if (date >= reviewed) return { stance: current.stance };
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const next = ps[i + 1];
    if (p.from !== null && date < p.from) {
      // Before this period: either before the table's record starts, or in a change with no date.
      const prev = ps[i - 1];
      return { stance: null, from: prev?.stance ?? null, to: p.stance, since: p.from };
    }
    const ends = p.to ?? (next ? null : '9999-12-31');
    if (ends !== null && date <= ends) return { stance: p.stance };
    if (ends === null && next && next.from === null) return { stance: null, from: p.stance, to: next.stance, since: null };
  }
  return { stance: current.stance };
}

/** Every change of stance since the table's horizon, dated where the table dates it. */
export function lawChanges(ps: Period[]): LawChange[] {
  return ps.slice(1).map((p, i) => ({ date: p.from, from: ps[i]!.stance, to: p.stance }));
}

/** Both readings of an undated change restrict cooperation (limit or prohibit): the flag still applies. */
const RESTRICTS = new Set<Stance | null>(['limit', 'prohibit']);
export const restricts = (l: LawAt): boolean => (l.stance !== null ? RESTRICTS.has(l.stance) : RESTRICTS.has(l.from) && RESTRICTS.has(l.to));

/** The table's horizon: stance_history starts here ("since 2017"), it is not a law's date. */
export const HORIZON = '2017-01-01';

/**
 * The law from the horizon to the review date as consecutive segments, for timelines: a stance,
 * or an undated change (stance null) over the days lawAt() cannot decide. Agrees with lawAt() day by day.
 */
export function segments(ps: Period[], reviewed: string): LawSegment[] {
  const out: LawSegment[] = [];
  let cursor = HORIZON;
  const push = (seg: LawSegment) => {
    if (seg.to >= seg.from) out.push(seg);
  };
  ps.forEach((p, i) => {
    const next = ps[i + 1];
    if (cursor > reviewed) return;
    if (p.from !== null && p.from > cursor) {
      push({ stance: null, from: cursor, to: addDays(p.from, -1), was: ps[i - 1]?.stance ?? null, next: p.stance });
      cursor = p.from;
    }
    if (p.to !== null) {
      push({ stance: p.stance, from: cursor, to: p.to < reviewed ? p.to : addDays(reviewed, -1) });
      cursor = addDays(p.to, 1);
    } else if (next && next.from === null) {
      push({ stance: null, from: cursor, to: addDays(reviewed, -1), was: p.stance, next: next.stance });
      cursor = reviewed;
    } else {
      push({ stance: p.stance, from: cursor, to: reviewed });
      cursor = addDays(reviewed, 1);
    }
  });
  return out;
}
