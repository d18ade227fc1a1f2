/**
 * What every pipeline step shares: where the inputs are, the manifest's list of inputs read (with
 * sha256), warnings, step timings and progress lines, and output validation. The runner
 * (build.ts) makes one per run and hands it to the steps in data-pipeline/outputs/.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import * as v from 'valibot';
import type { Manifest } from './schema/records.ts';
import { InputError, Warnings } from './errors.ts';
import type { OutputFiles } from './steps/write-outputs.ts';
import { toCsvs } from './steps/format-csv.ts';
import { csvPath, type Column } from './steps/csv-columns.ts';
import type { ParseCache } from './parse-cache.ts';
import type { DigestCache } from './sheet-digest.ts';
import type { HashMemo } from './hash-memo.ts';
import type { StateCache } from './sheet-state.ts';

export const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
export const json = (x: unknown) => `${JSON.stringify(x)}\n`;

/** Every output is checked against its schema before anything is written. */
export function validate<T extends v.GenericSchema>(schema: T, value: unknown, what: string): v.InferOutput<T> {
  const r = v.safeParse(schema, value);
  if (!r.success) {
    const i = r.issues[0];
    throw new Error(`internal: output ${what} fails its schema at ${i.path?.map((p) => p.key).join('.') ?? '(root)'}: ${i.message}`);
  }
  return r.output;
}

export class RunContext {
  readonly warnings = new Warnings();
  readonly timings: Array<{ step: string; ms: number; detail: string }> = [];
  readonly inputs: Manifest['inputs'] = [];
  private t0 = performance.now();

  constructor(
    readonly sources: string,
    readonly geometryDir: string,
    readonly log: (s: string) => void,
    /** ICE sheets (file name -> bytes) read as if in sources/ice-287g/ (`npm run refresh`). */
    readonly addedSheets?: ReadonlyMap<string, Buffer>,
    /** Parsed sheets by sha256 (parse-cache.ts); null parses every sheet. */
    readonly parseCache: ParseCache | null = null,
    /** Read and normalised sheets by sha256 and name (sheet-digest.ts); null works every sheet out. */
    readonly digestCache: DigestCache | null = null,
    /** ICE sheets' sha256 by file identity (hash-memo.ts); null reads and hashes every sheet. */
    readonly hashMemo: HashMemo | null = null,
    /** What later steps need of the sheets so far (sheet-state.ts); null folds every sheet. */
    readonly stateCache: StateCache | null = null,
  ) {}

  /** Ends a step: its time and one progress line. */
  step(name: string, detail: string): void {
    const ms = performance.now() - this.t0;
    this.timings.push({ step: name, ms, detail });
    this.log(`  ${name.padEnd(22)} ${detail.padEnd(48)} ${(ms / 1000).toFixed(2)} s`);
    this.t0 = performance.now();
  }

  has(rel: string): boolean {
    return fs.existsSync(path.join(this.sources, rel));
  }

  /** An input's bytes, recorded in the manifest (path, sha256, size, kind). */
  readInput(rel: string, kind: Manifest['inputs'][number]['kind'], extra: { snapshotDate?: string | null; rows?: number | null } = {}): Buffer {
    const full = path.join(this.sources, rel);
    const added = rel.startsWith('ice-287g/') ? this.addedSheets?.get(rel.slice('ice-287g/'.length)) : undefined;
    if (!added && !fs.existsSync(full)) throw new InputError({ file: rel }, 'the file to exist', `missing at ${full}`);
    const bytes = added ?? fs.readFileSync(full);
    this.inputs.push({ path: rel, sha256: sha256(bytes), bytes: bytes.length, kind, snapshotDate: extra.snapshotDate ?? null, rows: extra.rows ?? null });
    return bytes;
  }

  /**
   * An ICE sheet's sha256 (recorded like readInput) and its bytes on demand: with a hash memo
   * (hash-memo.ts) a file seen before, unchanged, is not read at all unless its digest is missing.
   */
  sheetInput(rel: string, snapshotDate: string): { sha256: string; bytes: () => Buffer } {
    const full = path.join(this.sources, rel);
    const added = this.addedSheets?.get(rel.slice('ice-287g/'.length));
    if (added || !this.hashMemo) {
      const bytes = this.readInput(rel, 'participating', { snapshotDate });
      return { sha256: this.inputs.at(-1)!.sha256, bytes: () => bytes };
    }
    if (!fs.existsSync(full)) throw new InputError({ file: rel }, 'the file to exist', `missing at ${full}`);
    const h = this.hashMemo.hash(full);
    this.inputs.push({ path: rel, sha256: h.sha256, bytes: h.size, kind: 'participating', snapshotDate, rows: null });
    return h;
  }

  text(rel: string, kind: Manifest['inputs'][number]['kind']): string {
    return this.readInput(rel, kind).toString('utf8');
  }

  /** Sets the row count (and kind) of the input read last. */
  noteRows(rows: number, kind?: Manifest['inputs'][number]['kind']): void {
    const last = this.inputs[this.inputs.length - 1]!;
    last.rows = rows;
    if (kind) last.kind = kind;
  }

  /** A us-atlas file, recorded like any input. */
  readGeometry(file: string): string {
    const bytes = fs.readFileSync(path.join(this.geometryDir, file));
    this.inputs.push({ path: `us-atlas/${file}`, sha256: sha256(bytes), bytes: bytes.length, kind: 'geometry', snapshotDate: null, rows: null });
    return bytes.toString('utf8');
  }
}

/** Every download in English and, with a translated header row, under es/ for the Spanish pages. */
export function setCsv<T extends object>(out: OutputFiles, rel: string, rows: T[], columns: Column<T>[]): void {
  const [en, es] = toCsvs(rows, columns, [columns.map((c) => c.en), columns.map((c) => c.es)]);
  out.set(csvPath(rel, 'en'), en!);
  out.set(csvPath(rel, 'es'), es!);
}
