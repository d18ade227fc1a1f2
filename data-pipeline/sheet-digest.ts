/**
 * One ICE sheet read to the end of its own work: parsed (parse-cache.ts), links checked (moa-links),
 * rows normalised, with the warnings each stage raised. With a cache folder the result is stored in
 * two parts so that a refresh over hundreds of sheets reads little:
 * - a small digest per file (`digests/<sha256>.<version>.<file>.json`: kind, row count, warnings and
 *   the key of its normalised rows), read for every sheet on every run;
 * - the normalised rows once per distinct content (`rows/<content>.json`), so daily sheets that say
 *   the same thing share one entry and a run loads each distinct content once.
 * The version hashes every pipeline source file (and read-excel-file's version), so any code change
 * misses; an entry that is unreadable, of the wrong shape, or whose rows do not hash to their key is
 * ignored and the sheet read again. Errors (file, row, column) always come from the code that reads
 * the sheet, because only sheets that read without an InputError are stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Warnings } from './errors.ts';
import { cacheVersion, parseSheet, writeCacheFile, type ParseCache } from './parse-cache.ts';
import { moaLinks } from './steps/moa-links.ts';
import { normalizeSheet, type NormalizedRow } from './steps/normalize-agreements.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** One normalised row without what differs between copies of a sheet (its file name and date). */
export type CompactRow = [number, string, string, string, string, NormalizedRow['agencyType'], NormalizedRow['model'], string | null, string | null, string | null];
/**
 * A sheet's warnings: per code (in order of first appearance) the count and the first five distinct
 * examples, which is all the run's summary keeps (Warnings: count and first five distinct per code).
 */
export type WarningList = Array<[string, number, string[]]>;

export interface Digest {
  kind: 'participating' | 'pending';
  rawRows: number;
  /** Raised while reading the sheet and its links, then while normalising: replayed in the runner's order. */
  readWarnings: WarningList;
  normWarnings: WarningList;
  /** sha256 of the version and the rows' JSON: equal for sheets whose rows are equal. */
  content: string;
}

export interface DigestedSheet extends Digest {
  /** Loaded on first use: a run over hundreds of stored sheets reads the rows of only the few it folds. */
  rows: () => CompactRow[];
}

/**
 * A stored entry found damaged only when its rows were needed (after the run had trusted its digest):
 * the runner drops the entry and runs again, and that sheet is read from its file.
 */
export class CacheMiss extends Error {}

/** A sheet's warnings, to store and to replay into the run's (replayWarnings). */
const summarise = (w: Warnings): WarningList => w.list().map((x) => [x.code, x.count, x.examples]);
export function replayWarnings(into: Warnings, list: WarningList): void {
  for (const [code, count, examples] of list) into.addCounted(code, count, examples);
}

let versionMemo: string | undefined;
/** Every .ts file of the pipeline folder (not its sources) and the parser's version, hashed (once per run for this pipeline). */
export function pipelineVersion(root = HERE): string {
  if (root === HERE && versionMemo) return versionMemo;
  const h = crypto.createHash('sha256').update(`${cacheVersion()}\n`);
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'sources' ? [] : walk(full);
      return e.name.endsWith('.ts') ? [full] : [];
    });
  for (const f of walk(root)) h.update(`${path.relative(root, f)}\n`).update(fs.readFileSync(f));
  const v = h.digest('hex').slice(0, 16);
  if (root === HERE) versionMemo = v;
  return v;
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown) => x === null || typeof x === 'string';
const isWarnings = (x: unknown): x is WarningList =>
  Array.isArray(x) && x.every((w) => Array.isArray(w) && w.length === 3 && isStr(w[0]) && Number.isInteger(w[1]) && w[1] > 0 && Array.isArray(w[2]) && w[2].length <= 5 && w[2].every(isStr));

function checkRow(r: unknown): void {
  if (!Array.isArray(r) || r.length !== 10 || !Number.isInteger(r[0]) || !r.slice(1, 7).every(isStr) || !r.slice(7).every(isStrOrNull)) throw new Error('bad row');
}

export class DigestCache {
  hits = 0;
  /** Recent distinct contents held in memory: copies of a sheet share one array. */
  private readonly loaded = new Map<string, CompactRow[]>();
  constructor(
    readonly dir: string,
    readonly version = pipelineVersion(),
  ) {}

  digestPath(sha256: string, file: string): string {
    return path.join(this.dir, 'digests', `${sha256}.${this.version}.${file}.json`);
  }

  rowsPath(content: string): string {
    return path.join(this.dir, 'rows', `${content}.json`);
  }

  /** The stored sheet, or null on a miss or anything that cannot be trusted. */
  get(sha256: string, file: string): DigestedSheet | null {
    try {
      const { check, ...d } = JSON.parse(fs.readFileSync(this.digestPath(sha256, file), 'utf8')) as Digest & { sha256: string; file: string; version: string; check: string };
      // The digest's own checksum: an edited or damaged entry that still parses is not trusted either.
      if (check !== sha(JSON.stringify(d))) return null;
      if (d.sha256 !== sha256 || d.file !== file || d.version !== this.version) return null;
      if ((d.kind !== 'participating' && d.kind !== 'pending') || !Number.isInteger(d.rawRows) || d.rawRows < 1) return null;
      if (!isWarnings(d.readWarnings) || !isWarnings(d.normWarnings) || !isStr(d.content) || !/^[0-9a-f]{64}$/.test(d.content)) return null;
      if (!fs.existsSync(this.rowsPath(d.content))) return null;
      this.hits++;
      const digestPath = this.digestPath(sha256, file);
      const rows = () => {
        const r = this.rows(d.content);
        if (r) return r;
        fs.rmSync(digestPath, { force: true });
        throw new CacheMiss(`cached rows of ${file} are damaged`);
      };
      return { kind: d.kind, rawRows: d.rawRows, readWarnings: d.readWarnings, normWarnings: d.normWarnings, content: d.content, rows };
    } catch {
      return null;
    }
  }

  private rows(content: string): CompactRow[] | null {
    const memo = this.loaded.get(content);
    if (memo) return memo;
    try {
      const text = fs.readFileSync(this.rowsPath(content), 'utf8');
      if (sha(`${this.version}\n${text}`) !== content) return null;
      const rows = JSON.parse(text) as CompactRow[];
      if (!Array.isArray(rows)) return null;
      rows.forEach(checkRow);
      this.remember(content, rows);
      return rows;
    } catch {
      return null;
    }
  }

  /** A few recent contents stay in memory (copies of a sheet, a sheet and the one before): not all, which would hold every row. */
  private remember(content: string, rows: CompactRow[]): void {
    this.loaded.delete(content);
    this.loaded.set(content, rows);
    if (this.loaded.size > 8) this.loaded.delete(this.loaded.keys().next().value!);
  }

  /** Rows first, then the digest that points at them; each written whole under a temporary name. */
  set(sha256: string, file: string, s: DigestedSheet, rowsText: string): void {
    const { rows, ...digest } = s;
    this.remember(s.content, rows());
    writeCacheFile(this.rowsPath(s.content), rowsText);
    const body = { sha256, file, version: this.version, ...digest };
    writeCacheFile(this.digestPath(sha256, file), JSON.stringify({ ...body, check: sha(JSON.stringify(body)) }));
  }
}

/** One sheet read, checked and normalised: from the cache when it holds this file's bytes and name, else worked out (and stored). */
export async function digestSheet(
  file: string,
  date: string,
  bytes: Buffer | (() => Buffer),
  sha256: string,
  caches: { digests: DigestCache | null; parses: ParseCache | null },
): Promise<DigestedSheet> {
  const hit = caches.digests?.get(sha256, file);
  if (hit) return hit;
  const { sheet, links } = await parseSheet(file, typeof bytes === 'function' ? bytes() : bytes, sha256, caches.parses);
  const read = new Warnings();
  if (file.startsWith('participating') && sheet.kind === 'pending') read.add('pending-list-under-participating-name', file);
  const linked = sheet.kind === 'participating' ? moaLinks(sheet, links, read) : new Map<number, string>();
  const norm = new Warnings();
  const rows: CompactRow[] = normalizeSheet(sheet, date, norm).map((r) => [
    r.row, r.state, r.stateFips, r.agencyId, r.agencyName, r.agencyType, r.model, r.signed, r.countyText, linked.get(r.row) ?? null,
  ]);
  const rowsText = JSON.stringify(rows);
  const version = caches.digests?.version ?? pipelineVersion();
  const out: DigestedSheet = { kind: sheet.kind, rawRows: sheet.rows.length, readWarnings: summarise(read), normWarnings: summarise(norm), content: sha(`${version}\n${rowsText}`), rows: () => rows };
  caches.digests?.set(sha256, file, out, rowsText);
  return out;
}

/** The rows as the pipeline's steps take them, for one file and date. */
export function expandRows(rows: CompactRow[], file: string, snapshot: string): NormalizedRow[] {
  return rows.map(([row, state, stateFips, agencyId, agencyName, agencyType, model, signed, countyText, moaUrl]) => ({
    snapshot, file, row, state, stateFips, agencyId, agencyName, agencyType, model, signed, countyText, moaUrl,
  }));
}
