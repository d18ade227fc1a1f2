/**
 * Runs of sheets that say the same thing. ICE publishes several sheets a week and many list exactly
 * the same rows as the one before; every per-sheet figure (counts, people covered) of such a sheet is
 * the figure of the first sheet of its run, no agreement is added or removed inside a run, and an
 * agreement's first and last sheet fall on a run's ends. So the steps that need rows read one copy
 * per run (plus, for the record collapse, the run's last date), not every sheet: the time of a
 * refresh follows how often the list changes, not how many sheets there are.
 */
import type { NormalizedRow } from './normalize-agreements.ts';

export interface RunSheet {
  date: string;
  /** Key of the sheet's normalised rows (sheet-digest.ts): equal keys, equal rows. */
  content: string;
  rows: () => NormalizedRow[];
}

export interface SheetRuns {
  /** A sheet date -> the first date of its run (whose rows stand for it); other dates map to themselves. */
  sameAs: (date: string) => string;
  /** The first date of each run, oldest first. */
  firstDates: string[];
  /** The rows of each run's first sheet, oldest first. */
  rows: NormalizedRow[];
  /** For collapseAgreements: each run's rows at its first date and, for a run of more than one sheet, again at its last. */
  collapseRows: NormalizedRow[];
}

/** `sheets` are the sheets the timeline uses, oldest first. */
export function sheetRuns(sheets: RunSheet[]): SheetRuns {
  const first = new Map<string, string>();
  const firstDates: string[] = [];
  const rows: NormalizedRow[] = [];
  const collapseRows: NormalizedRow[] = [];
  sheets.forEach((s, i) => {
    const prev = sheets[i - 1];
    if (prev && prev.content === s.content) {
      first.set(s.date, first.get(prev.date)!);
      return;
    }
    first.set(s.date, s.date);
    firstDates.push(s.date);
    const mine = s.rows();
    rows.push(...mine);
    collapseRows.push(...mine);
    let end = i;
    while (sheets[end + 1]?.content === s.content) end++;
    if (end > i) {
      const last = sheets[end]!.date;
      for (const r of mine) collapseRows.push({ ...r, snapshot: last });
    }
  });
  return { sameAs: (d) => first.get(d) ?? d, firstDates, rows, collapseRows };
}
