/** Download files: RFC 4180 CSV via d3-dsv, with a guard against spreadsheet formula injection. */
import { csvFormat } from 'd3-dsv';

/** A cell starting with = + - @ runs as a formula in Excel; prefix it so it stays text. */
function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toCsv<T extends object>(rows: T[], columns: Array<{ key: keyof T }>, headers: string[]): string {
  const out = rows.map((r) => Object.fromEntries(columns.map((c, i) => [headers[i]!, safeCell(r[c.key])])));
  return `${csvFormat(out, headers)}\n`;
}
