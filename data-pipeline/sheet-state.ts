/**
 * What later steps need from every earlier ICE sheet, kept between runs so that a refresh reads only
 * the new sheet's rows. Folding the used sheets (oldest first) gives, per sheet, the facts of its
 * content (counts: steps/content-facts.ts), how its list of agencies and of agreements differs from
 * the sheet before (people covered, changes.json), and the per-agency record fold
 * (steps/collapse-agreements.ts). With a cache folder the state after the last sheet is stored in
 * `state/<version>.json` with the chain of (date, content) it was folded from; a run whose sheets
 * begin with that chain folds only the sheets after it. Anything else (another chain: an earlier sheet
 * changed, added or gone; another pipeline version; a damaged or edited file) folds every sheet again.
 * The fold is the same code with or without the cache, so `--no-cache` gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeCacheFile } from './parse-cache.ts';
import { pipelineVersion } from './sheet-digest.ts';
import { contentFacts, packFacts, unpackFacts, type ContentFacts, type PackedFacts } from './steps/content-facts.ts';
import { foldRows, type CollapseFold } from './steps/collapse-agreements.ts';
import { agreementMap, changesFrom, diffPair, type PairDiff, type SnapshotChanges, type SnapshotRow } from './steps/build-timeline.ts';
import type { ListChange } from './steps/people-covered.ts';
import type { Rename } from './steps/resolve-renames.ts';
import type { NormalizedRow } from './steps/normalize-agreements.ts';

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface FoldSheet {
  date: string;
  /** Key of the sheet's normalised rows (sheet-digest.ts): equal keys, equal rows. */
  content: string;
  rows: () => NormalizedRow[];
}

export interface SheetState {
  /** [date, content] of each sheet folded, oldest first. */
  chain: Array<[string, string]>;
  facts: Record<string, ContentFacts>;
  /** Per sheet: agencies that joined and left the list against the sheet before. */
  lists: ListChange[];
  /** Per sheet: agreements added and removed against the sheet before, by the sheets' own ids (no renames). */
  diffs: PairDiff[];
  fold: CollapseFold;
  /** The newest sheet's agencies, in row order. */
  latest: string[];
  /** Diffs of the sheets whose changes a rename touches, with renames followed, for one set of renames (`key`). */
  renamed: { key: string; diffs: Record<string, PairDiff> } | null;
}

export const timelineRow = (r: NormalizedRow, id = (x: string) => x): SnapshotRow => ({
  snapshot: r.snapshot, state: r.state, agreementId: id(`${r.agencyId}--${r.model.toLowerCase()}`), agencyId: r.agencyId, agencyName: r.agencyName, model: r.model,
});

/** Folds the sheets after those `from` holds (from: a state whose chain begins `sheets`, or null). */
export function foldSheets(sheets: FoldSheet[], from: SheetState | null): SheetState {
  const s: SheetState = from ?? { chain: [], facts: {}, lists: [], diffs: [], fold: [], latest: [], renamed: null };
  const index = new Map(s.fold.map((a, i) => [a.id, i]));
  let prevRows: NormalizedRow[] | null = null;
  for (let i = s.chain.length; i < sheets.length; i++) {
    const sheet = sheets[i]!;
    const rows = sheet.rows();
    const same = i > 0 && sheets[i - 1]!.content === sheet.content;
    s.facts[sheet.content] ??= contentFacts(rows);
    const ids = [...new Set(rows.map((r) => r.agencyId))];
    if (same) {
      s.lists.push({ add: [], remove: [] });
      s.diffs.push({ added: [], removed: [] });
    } else {
      const had = new Set(s.latest);
      const has = new Set(ids);
      s.lists.push({ add: ids.filter((id) => !had.has(id)), remove: s.latest.filter((id) => !has.has(id)) });
      const before = i > 0 ? (prevRows ?? sheets[i - 1]!.rows()) : [];
      s.diffs.push(diffPair(agreementMap(before.map((r) => timelineRow(r))), agreementMap(rows.map((r) => timelineRow(r)))));
    }
    foldRows(s.fold, rows, index);
    s.latest = ids;
    s.chain.push([sheet.date, sheet.content]);
    prevRows = rows;
  }
  return s;
}

/**
 * changes.json's entries, renames followed (`knownAs`). A diff that names no agreement in any rename
 * is the same with renames followed, so only the few the renames touch are worked out from both
 * sheets' rows, and kept in the state for the next run while the renames stay the same.
 */
export function followRenames(sheets: FoldSheet[], s: SheetState, renames: Map<string, Rename>, knownAs: (id: string) => string): { changes: SnapshotChanges[]; changed: boolean } {
  const key = sha(JSON.stringify([...renames]));
  const touched = new Set([...renames.values()].flatMap((r) => [r.from, r.to]));
  const reuse = s.renamed?.key === key ? s.renamed.diffs : {};
  const fresh: Record<string, PairDiff> = {};
  let worked = 0;
  const canonical = (i: number) => agreementMap(i < 0 ? [] : sheets[i]!.rows().map((r) => timelineRow(r, knownAs)));
  const changes = changesFrom(sheets.map((x) => x.date), (i) => {
    const raw = s.diffs[i]!;
    if (!raw.added.some((c) => touched.has(c.id)) && !raw.removed.some((c) => touched.has(c.id))) return raw;
    return (fresh[i] = reuse[i] ?? (worked++, diffPair(canonical(i - 1), canonical(i))));
  });
  // Changed: another set of renames, a diff worked out anew, or one no longer touched by a rename.
  const changed = worked > 0 || s.renamed?.key !== key || Object.keys(fresh).length !== Object.keys(reuse).length;
  s.renamed = { key, diffs: fresh };
  return { changes, changed };
}

/** The stored state, one file per pipeline version, checked by its own hash. */
export class StateCache {
  constructor(
    readonly dir: string,
    readonly version = pipelineVersion(),
  ) {}

  get file(): string {
    return path.join(this.dir, 'state', `${this.version}.json`);
  }

  /** The stored state if its chain begins `sheets`' chain; null on a miss or anything that cannot be trusted. */
  load(sheets: FoldSheet[]): SheetState | null {
    try {
      const text = fs.readFileSync(this.file, 'utf8');
      const nl = text.indexOf('\n');
      const body = text.slice(nl + 1);
      if (text.slice(0, nl) !== sha(`${this.version}\n${body}`)) return null;
      const stored = JSON.parse(body) as Omit<SheetState, 'facts'> & { facts: Record<string, PackedFacts> };
      const s: SheetState = { ...stored, facts: Object.fromEntries(Object.entries(stored.facts).map(([k, f]) => [k, unpackFacts(f)])) };
      const n = s.chain.length;
      if (n > sheets.length || s.lists.length !== n || s.diffs.length !== n) return null;
      if (!s.chain.every(([d, c], i) => sheets[i]!.date === d && sheets[i]!.content === c)) return null;
      return s;
    } catch {
      return null;
    }
  }

  /** Written whole under a temporary name; other versions' states are removed (a code change leaves them behind). */
  save(s: SheetState): void {
    const body = JSON.stringify({ ...s, facts: Object.fromEntries(Object.entries(s.facts).map(([k, f]) => [k, packFacts(f)])) });
    writeCacheFile(this.file, `${sha(`${this.version}\n${body}`)}\n${body}`);
    for (const f of fs.readdirSync(path.dirname(this.file))) if (f.endsWith('.json') && f !== path.basename(this.file)) fs.rmSync(path.join(path.dirname(this.file), f), { force: true });
  }
}
