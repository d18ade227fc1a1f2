/** Download files: RFC 4180 CSV via d3-dsv, with a guard against spreadsheet formula injection. */
import { csvFormatRows } from 'd3-dsv';

/** A cell starting with = + - @ runs as a formula in Excel; prefix it so it stays text. */
function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The rows under each header row (one file per header row): the body is formatted once for all of them. */
export function toCsvs<T extends object>(rows: T[], columns: Array<{ key: keyof T }>, headers: string[][]): string[] {
  const body = rows.length > 0 ? `\n${csvFormatRows(rows.map((r) => columns.map((c) => safeCell(r[c.key]))))}` : '';
  return headers.map((h) => `${csvFormatRows([h])}${body}\n`);
}

export function toCsv<T extends object>(rows: T[], columns: Array<{ key: keyof T }>, headers: string[]): string {
  return toCsvs(rows, columns, [headers])[0]!;
}
