/** Download files: RFC 4180 CSV via d3-dsv, with a guard against spreadsheet formula injection. */
import { csvFormat } from 'd3-dsv';

/** A cell starting with = + - @ runs as a formula in Excel; prefix it so it stays text. */
function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toCsv<T extends object>(rows: T[], columns: Array<[header: string, key: keyof T]>): string {
  const out = rows.map((r) => Object.fromEntries(columns.map(([h, k]) => [h, safeCell(r[k])])));
  return `${csvFormat(out, columns.map(([h]) => h))}\n`;
}
