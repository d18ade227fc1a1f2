/**
 * A parse cache for ICE sheets, keyed by the file's sha256: a refresh parses only the new sheet and
 * reads every other one's cells and links from `.cache/sheets/` (gitignored). It is an optimisation
 * only: the key also holds a hash of the parser's own source (and read-excel-file's version), so any
 * parser change misses; an entry that cannot be read or does not have the expected shape is ignored
 * and the sheet parsed again; only sheets that parsed without an InputError are stored, so error
 * messages (file, row, column) come from the parser every time. `npm run data -- --no-cache` or
 * CD_NO_CACHE=1 parses every sheet; tests call runPipeline without a cache (the full path).
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { KNOWN_COLUMNS, readIceSheet, type CellValue, type Column, type RawSheet } from './steps/read-ice-sheets.ts';
import { readSheetLinks, type SheetLink } from './steps/read-sheet-links.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CACHE_DIR = path.join(HERE, '..', '.cache', 'sheets');

/** Bump by hand when the stored shape changes; parser edits are caught by the source hash. */
const FORMAT = 1;
const PARSER_FILES = ['parse-cache.ts', 'steps/read-ice-sheets.ts', 'steps/read-sheet-links.ts', 'zip-part.ts', 'limits.ts'];

let versionMemo: string | undefined;
/** Format, parser sources and read-excel-file's version, hashed: part of every entry's name. */
export function cacheVersion(): string {
  if (versionMemo) return versionMemo;
  const h = crypto.createHash('sha256').update(`format ${FORMAT}\n`);
  for (const f of PARSER_FILES) h.update(fs.readFileSync(path.join(HERE, f)));
  const req = createRequire(import.meta.url);
  h.update((JSON.parse(fs.readFileSync(req.resolve('read-excel-file/package.json'), 'utf8')) as { version: string }).version);
  return (versionMemo = h.digest('hex').slice(0, 16));
}

export interface ParsedSheet {
  sheet: RawSheet;
  links: SheetLink[];
}

/** Stored shape: rows as arrays in `columns` order, dates as {d: epoch ms}; the file name is not stored (copies share an entry). */
interface Entry {
  sheet: string;
  kind: RawSheet['kind'];
  columns: Column[];
  letters: Partial<Record<Column, string>>;
  rows: Array<[number, ...unknown[]]>;
  links: Array<[number, string, string]>;
}

const encodeCell = (c: CellValue | undefined): unknown => (c instanceof Date ? { d: c.getTime() } : c ?? null);

function encode({ sheet, links }: ParsedSheet): Entry {
  return {
    sheet: sheet.sheet,
    kind: sheet.kind,
    columns: sheet.columns,
    letters: sheet.letters,
    rows: sheet.rows.map((r) => [r.row, ...sheet.columns.map((c) => encodeCell(r.cells[c]))]),
    links: links.map((l) => [l.row, l.column, l.target]),
  };
}

const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) > 0;

function decodeCell(x: unknown): CellValue {
  if (x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) return x;
  if (typeof x === 'object' && Object.keys(x).length === 1 && 'd' in x && (typeof x.d === 'number' || x.d === null)) return new Date(x.d ?? NaN);
  throw new Error('bad cell');
}

/** The entry back as a sheet, or an Error for any shape the encoder does not write. */
function decode(file: string, e: Entry): ParsedSheet {
  const known = new Set<string>(KNOWN_COLUMNS);
  if (typeof e.sheet !== 'string' || (e.kind !== 'participating' && e.kind !== 'pending')) throw new Error('bad header');
  if (!Array.isArray(e.columns) || !e.columns.every((c) => known.has(c)) || typeof e.letters !== 'object' || e.letters === null) throw new Error('bad columns');
  if (!e.columns.every((c) => typeof e.letters[c] === 'string')) throw new Error('bad letters');
  if (!Array.isArray(e.rows) || e.rows.length === 0 || !Array.isArray(e.links)) throw new Error('bad rows');
  const rows = e.rows.map((r) => {
    if (!Array.isArray(r) || r.length !== e.columns.length + 1 || !isInt(r[0])) throw new Error('bad row');
    const cells: RawSheet['rows'][number]['cells'] = {};
    e.columns.forEach((c, i) => (cells[c] = decodeCell(r[i + 1])));
    return { row: r[0], cells };
  });
  const links = e.links.map((l) => {
    if (!Array.isArray(l) || l.length !== 3 || !isInt(l[0]) || typeof l[1] !== 'string' || typeof l[2] !== 'string') throw new Error('bad link');
    return { row: l[0], column: l[1], target: l[2] };
  });
  return { sheet: { file, sheet: e.sheet, kind: e.kind, columns: e.columns, letters: e.letters, rows }, links };
}

export class ParseCache {
  hits = 0;
  misses = 0;
  constructor(readonly dir: string) {}

  entryPath(sha: string): string {
    return path.join(this.dir, `${sha}.${cacheVersion()}.json`);
  }

  /** The cached parse, or null on a miss or an entry that cannot be trusted. */
  get(file: string, sha: string): ParsedSheet | null {
    try {
      return decode(file, JSON.parse(fs.readFileSync(this.entryPath(sha), 'utf8')) as Entry);
    } catch {
      return null;
    }
  }

  /** Written to a temporary name and renamed, so a reader never sees half an entry; a failed write is only a missed optimisation. */
  set(sha: string, parsed: ParsedSheet): void {
    writeCacheFile(this.entryPath(sha), JSON.stringify(encode(parsed)));
  }
}

/** A cache file written whole under a temporary name, then renamed; a failed write is only a missed optimisation. */
export function writeCacheFile(target: string, text: string): void {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** One sheet's cells and links: from the cache when it holds this file's bytes, else parsed (and stored). */
export async function parseSheet(file: string, bytes: Buffer, sha: string, cache: ParseCache | null): Promise<ParsedSheet> {
  const hit = cache?.get(file, sha);
  if (hit) {
    cache!.hits++;
    return hit;
  }
  // The links are read from the zip alongside (thread pool) while read-excel-file parses the cells.
  const linkList = readSheetLinks(file, bytes).catch((err: unknown) => err as Error);
  const sheet = await readIceSheet(file, bytes);
  const links = await linkList;
  if (links instanceof Error) throw links;
  if (cache) {
    cache.misses++;
    cache.set(sha, { sheet, links });
  }
  return { sheet, links };
}
