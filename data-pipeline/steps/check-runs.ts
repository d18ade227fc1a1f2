/**
 * A claim's sheets as runs: consecutive sheets that read the same (rows, states, territories, agencies,
 * and every figure's value and verdict) are one entry, dated by the first sheet, with the last sheet's
 * date (`through`) and the number of sheets (`sheets`). A claim about "D and the next sheets" then grows
 * with the changes, not with every identical daily sheet. A sheet a verdict rests on (`file`,
 * `fromFile`) stays an entry of its own, so the card can name it.
 */
import type { Check, SheetFact } from '../schema/claims.ts';
import { changeIndices } from './change-points.ts';

export function collapseCheckSheets(c: Check): Check {
  if (c.sheets.length < 2) return c;
  const pinned = new Set(c.figures.flatMap((f) => [f.file, f.fromFile]));
  const valueAt = c.figures.map((f) => new Map(f.values.map((v) => [v.file, [v.value, v.detail ?? null, v.verdict, v.rule]])));
  const key = (s: SheetFact) => JSON.stringify([s.pm, s.used, s.rows, s.states, s.territories, s.agencies, valueAt.map((m) => m.get(s.file) ?? null)]);
  const keys = c.sheets.map(key);
  const starts = changeIndices(c.sheets.length, (i) => keys[i] !== keys[i - 1] || pinned.has(c.sheets[i]!.file) || pinned.has(c.sheets[i - 1]!.file));
  if (starts.length === c.sheets.length) return c;
  const sheets = starts.map((start, k) => {
    const end = (starts[k + 1] ?? c.sheets.length) - 1;
    const first = c.sheets[start]!;
    return end === start ? first : { ...first, through: c.sheets[end]!.date, sheets: end - start + 1 };
  });
  const kept = new Set(sheets.map((s) => s.file));
  return { ...c, sheets, figures: c.figures.map((f) => ({ ...f, values: f.values.filter((v) => kept.has(v.file)) })) };
}
