/**
 * Reads one ICE 287(g) spreadsheet into raw rows keyed by canonical column. ICE changed the layout
 * several times (see sources/ice-287g/SOURCES.md, "Layout variants"); every known header is listed
 * here and anything else stops the build, so a new layout is noticed rather than misread.
 */
import readExcelFile from 'read-excel-file/node';
import { InputError, columnLetter } from '../errors.ts';
import { LIMITS, checkWorkbookSize } from '../limits.ts';

export const KNOWN_COLUMNS = [
  'STATE',
  'LAW ENFORCEMENT AGENCY',
  'TYPE',
  'COUNTY',
  'SUPPORT TYPE',
  'SIGNED',
  'MOA',
  'ADDENDUM',
] as const;
export type Column = (typeof KNOWN_COLUMNS)[number];
const REQUIRED: Column[] = ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE'];

export type CellValue = string | number | boolean | Date | null;

export interface RawRow {
  /** 1-based row number in the sheet (header = 1). */
  row: number;
  cells: Partial<Record<Column, CellValue>>;
}

export interface RawSheet {
  file: string;
  sheet: string;
  /** Told from the header, not the file name: a list without SIGNED is a pending list. */
  kind: 'participating' | 'pending';
  columns: Column[];
  /** Header letter per column, for error messages. */
  letters: Partial<Record<Column, string>>;
  rows: RawRow[];
}

function isKnown(name: string): name is Column {
  return (KNOWN_COLUMNS as readonly string[]).includes(name);
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export async function readIceSheet(file: string, bytes: Buffer): Promise<RawSheet> {
  let sheets: Array<{ sheet: string; data: CellValue[][] }>;
  checkWorkbookSize(file, bytes);
  try {
    sheets = (await readExcelFile(bytes)) as Array<{ sheet: string; data: CellValue[][] }>;
  } catch (err) {
    throw new InputError({ file }, 'a readable .xlsx workbook', `unreadable (${(err as Error).message})`);
  }
  const first = sheets[0];
  if (!first) throw new InputError({ file }, 'at least one sheet', 'no sheets');
  // Some files carry extra sheets (a pivot table in 2026-03-02); the data is always the first sheet.
  const { sheet, data } = first;
  const header = data[0];
  if (!header || header.every(isBlank)) throw new InputError({ file, sheet, row: 1 }, 'a header row', 'an empty sheet');

  const columns: Column[] = [];
  const index = new Map<Column, number>();
  const letters: Partial<Record<Column, string>> = {};
  header.forEach((cell, i) => {
    if (isBlank(cell)) return; // blank header cells occur in the 2025-04..06 layout
    const name = String(cell).trim().toUpperCase().replace(/\s+/g, ' ');
    const letter = columnLetter(i);
    if (!isKnown(name)) {
      throw new InputError(
        { file, sheet, row: 1, column: letter },
        `a known column header (${KNOWN_COLUMNS.join(', ')}); a new ICE layout needs a parser update`,
        cell,
      );
    }
    if (index.has(name)) throw new InputError({ file, sheet, row: 1, column: letter }, `"${name}" only once`, cell);
    index.set(name, i);
    columns.push(name);
    letters[name] = `${letter} (${name})`;
  });
  for (const need of REQUIRED) {
    if (!index.has(need)) throw new InputError({ file, sheet, row: 1 }, `a "${need}" column`, header.filter((h) => !isBlank(h)));
  }

  if (data.length - 1 > LIMITS.rows) {
    throw new InputError({ file, sheet, row: LIMITS.rows + 2 }, `at most ${LIMITS.rows.toLocaleString('en-US')} data rows`, `${(data.length - 1).toLocaleString('en-US')} rows`);
  }
  const rows: RawRow[] = [];
  data.slice(1).forEach((line, i) => {
    const cells: Partial<Record<Column, CellValue>> = {};
    for (const [name, at] of index) {
      const value = line[at] ?? null;
      if (typeof value === 'string' && value.length > LIMITS.cellChars) {
        throw new InputError({ file, sheet, row: i + 2, column: letters[name] }, `at most ${LIMITS.cellChars} characters in a cell`, value);
      }
      cells[name] = value;
    }
    if (Object.values(cells).every(isBlank)) return; // trailing/blank spacer rows
    rows.push({ row: i + 2, cells });
  });
  if (rows.length === 0) throw new InputError({ file, sheet }, 'at least one data row under the header', 'none');

  return { file, sheet, kind: index.has('SIGNED') ? 'participating' : 'pending', columns, letters, rows };
}
