/**
 * ICE's 287(g) list before 2025 was an HTML table, kept only as Wayback Machine captures; the files in
 * sources/ice-287g-history/ are text conversions of those captures by other projects (see its
 * SOURCES.md), not ICE files. Each capture becomes a RawSheet with ICE's own column names, so it goes
 * through the same normalisation, ids and link checks as the spreadsheets.
 */
import { csvParse } from 'd3-dsv';
import { InputError } from '../errors.ts';
import type { CellValue, Column, RawSheet } from './read-ice-sheets.ts';

/** Two layouts: the 2021-2024 HTML-table conversions and the 2017 roster (five captures in one file). */
const LAYOUTS = {
  html: { state: 'state', agency: 'agency', model: 'support', signed: 'signed', link: 'link', date: 'capture_date' },
  roster: { state: 'state', agency: 'agency', model: 'support_type', signed: 'date_signed', link: null, date: 'capture_date' },
} as const;
const LETTERS: Partial<Record<Column, string>> = { STATE: 'state', 'LAW ENFORCEMENT AGENCY': 'agency', 'SUPPORT TYPE': 'support', SIGNED: 'signed', MOA: 'link' };

export interface HistoryCapture { date: string; sheet: RawSheet }

export function readHistoryFile(file: string, text: string): HistoryCapture[] {
  const rows = csvParse(text);
  const layout = rows.columns.includes('support_type') ? LAYOUTS.roster : LAYOUTS.html;
  for (const c of Object.values(layout)) if (c && !rows.columns.includes(c)) throw new InputError({ file, row: 1 }, `a "${c}" column`, rows.columns);
  const byDate = new Map<string, RawSheet>();
  rows.forEach((r, i) => {
    const date = (r[layout.date] ?? '').slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError({ file, row: i + 2, column: layout.date }, 'a capture date', r[layout.date]);
    let sheet = byDate.get(date);
    if (!sheet) {
      const columns: Column[] = layout.link ? ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED', 'MOA'] : ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'];
      sheet = { file, sheet: date, kind: 'participating', columns, letters: Object.fromEntries(columns.map((c) => [c, LETTERS[c]!])), rows: [] };
      byDate.set(date, sheet);
    }
    const cells: Partial<Record<Column, CellValue>> = {
      STATE: r[layout.state] ?? null,
      'LAW ENFORCEMENT AGENCY': r[layout.agency] ?? null,
      'SUPPORT TYPE': r[layout.model] ?? null,
      SIGNED: r[layout.signed] ?? null,
    };
    if (layout.link) cells.MOA = r[layout.link] || null;
    // The row number is the line in the CSV file, so errors point into the file as it is.
    sheet.rows.push({ row: i + 2, cells });
  });
  return [...byDate].map(([date, sheet]) => ({ date, sheet }));
}
