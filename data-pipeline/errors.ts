/** Where in which input something was wrong. Every field that is known is printed. */
export interface InputLocation {
  file: string;
  sheet?: string;
  /** 1-based spreadsheet row (the header is row 1), or YAML/CSV line-ish record number. */
  row?: number;
  /** Column letter and/or header name ("F (SIGNED)"), or a field path for YAML. */
  column?: string;
}

/**
 * Bad input. The message names the file, sheet, row and column, what was expected and what was
 * found, so an editor can fix the source without reading pipeline code.
 */
export class InputError extends Error {
  constructor(
    readonly where: InputLocation,
    readonly expected: string,
    readonly found?: unknown,
  ) {
    super(formatInputError(where, expected, found));
    this.name = 'InputError';
  }
}

export function formatInputError(where: InputLocation, expected: string, found?: unknown): string {
  const parts = [where.file];
  if (where.sheet !== undefined) parts.push(`sheet "${where.sheet}"`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column !== undefined) parts.push(`column ${where.column}`);
  return `${parts.join(', ')}: expected ${expected}${describeFound(found)}`;
}

/** Longest record or list, and longest text, quoted whole in a message; the location says where to look. */
const MAX_RECORD_CHARS = 160;
const MAX_TEXT_CHARS = 400;

/**
 * What was found, kept short whatever the input: a long text is quoted by its start and length, and a
 * long record or list (a whole policy entry, a header row) is left out, so a message names the place
 * and stops instead of dumping the input back. Independent of any schema.
 */
function describeFound(found: unknown): string {
  if (found === undefined) return '';
  const text = JSON.stringify(found) ?? String(found);
  if (typeof found === 'string') {
    return found.length <= MAX_TEXT_CHARS ? `; found ${text}` : `; found ${JSON.stringify(found.slice(0, 80))}… (${found.length.toLocaleString('en-US')} characters)`;
  }
  return text.length <= MAX_RECORD_CHARS ? `; found ${text}` : '';
}

/** Zero-based column index to spreadsheet letters (0 -> A, 27 -> AB). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Non-fatal findings, counted and summarised at the end of a run (and in the manifest). */
export class Warnings {
  /** A count and the first five distinct examples: a run over hundreds of sheets raises hundreds of thousands. */
  private readonly byCode = new Map<string, { count: number; examples: Set<string> }>();
  add(code: string, example: string): void {
    this.addCounted(code, 1, [example]);
  }
  /** `count` findings of one code at once, the first distinct examples given (a sheet's summary: sheet-digest.ts). */
  addCounted(code: string, count: number, examples: string[]): void {
    let w = this.byCode.get(code);
    if (!w) this.byCode.set(code, (w = { count: 0, examples: new Set() }));
    w.count += count;
    for (const e of examples) if (w.examples.size < 5) w.examples.add(e);
  }
  count(code: string): number {
    return this.byCode.get(code)?.count ?? 0;
  }
  list(): Array<{ code: string; count: number; examples: string[] }> {
    return [...this.byCode].map(([code, w]) => ({ code, count: w.count, examples: [...w.examples] }));
  }
}
