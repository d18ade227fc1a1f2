/**
 * The sheet state (data-pipeline/sheet-state.ts): folding the used sheets gives what counting every row
 * of every sheet gives (checked here by plain loops over the rows), folding in two runs through the
 * stored state gives what one fold gives, and a stored state is used only for the very sheets it was
 * folded from, by the same code, undamaged. Real ICE sheets, with repeats and a list that comes back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { Warnings } from '../../data-pipeline/errors.ts';
import { sha256 } from '../../data-pipeline/run-context.ts';
import { digestSheet, expandRows } from '../../data-pipeline/sheet-digest.ts';
import { foldSheets, followRenames, StateCache, timelineRow, type FoldSheet } from '../../data-pipeline/sheet-state.ts';
import { diffSnapshots } from '../../data-pipeline/steps/build-timeline.ts';
import type { Rename } from '../../data-pipeline/steps/resolve-renames.ts';
import { finishCollapse } from '../../data-pipeline/steps/collapse-agreements.ts';
import { buildCountyFixes, buildCountyIndex } from '../../data-pipeline/steps/match-counties.ts';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';
import { createRequire } from 'node:module';

const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');
// Sheet dates after the newest real sheet (SIGNED dates must not be later than the sheet's date).
const ORDER: Array<[string, string]> = [
  ['2026-06-01', 'participating-2026-03-27.xlsx'],
  ['2026-06-02', 'participating-2026-04-30.xlsx'],
  ['2026-06-03', 'participating-2026-04-30.xlsx'],
  ['2026-06-04', 'participating-2026-05-18.xlsx'],
  ['2026-06-05', 'participating-2026-05-18.xlsx'],
  ['2026-06-06', 'participating-2026-04-30.xlsx'],
  ['2026-06-07', 'participating-2026-05-18.xlsx'],
];

let sheets: FoldSheet[];
const drawn = new Set(STATES_AND_DC.map((s) => s.usps));

beforeAll(async () => {
  sheets = [];
  for (const [date, file] of ORDER) {
    const bytes = fs.readFileSync(path.join(ICE, file));
    const d = await digestSheet(`participating-${date}.xlsx`, date, bytes, sha256(bytes), { digests: null, parses: null });
    sheets.push({ date, content: d.content, rows: () => expandRows(d.rows(), `participating-${date}.xlsx`, date) });
  }
}, 60_000);

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cd-state-'));

describe('sheet state', () => {
  it('counts and records what every row of every sheet gives', () => {
    const s = foldSheets(sheets, null);
    expect(s.chain.map(([d]) => d)).toEqual(ORDER.map(([d]) => d));
    for (const sheet of sheets) {
      const rows = sheet.rows();
      const f = s.facts[sheet.content]!;
      expect(f.rows).toBe(rows.length);
      expect(f.agreements).toBe(rows.filter((r) => drawn.has(r.state)).length);
      expect(f.agencies).toBe(new Set(rows.filter((r) => drawn.has(r.state)).map((r) => r.agencyId)).size);
      expect(f.byState.TX).toBe(rows.filter((r) => r.state === 'TX').length);
      expect(f.byStateModel.FL?.TFM).toBe(rows.filter((r) => r.state === 'FL' && r.model === 'TFM').length);
    }
    // Agencies that left and joined, sheet by sheet, against the sets of agency ids.
    const sets = sheets.map((x) => new Set(x.rows().map((r) => r.agencyId)));
    s.lists.forEach((l, i) => {
      const before = sets[i - 1] ?? new Set<string>();
      expect(new Set(l.add)).toEqual(new Set([...sets[i]!].filter((id) => !before.has(id))));
      expect(new Set(l.remove)).toEqual(new Set([...before].filter((id) => !sets[i]!.has(id))));
    });
    expect(s.lists[2]).toEqual({ add: [], remove: [] });
    expect(s.lists[5]!.remove.length).toBeGreaterThan(0);
    // First and last sheet of every agreement, from the rows.
    const seen = new Map<string, string[]>();
    for (const x of sheets) for (const r of x.rows()) seen.set(`${r.agencyId}--${r.model.toLowerCase()}`, [...(seen.get(`${r.agencyId}--${r.model.toLowerCase()}`) ?? []), x.date]);
    const counties = JSON.parse(fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('us-atlas/package.json')), 'counties-10m.json'), 'utf8'));
    const { agreements } = finishCollapse(s.fold, ORDER.at(-1)![0], buildCountyIndex(counties.objects.counties.geometries), buildCountyFixes([]), new Warnings());
    expect(agreements.length).toBe(seen.size);
    for (const a of agreements) {
      const dates = seen.get(a.id)!;
      expect([a.firstSeen, a.lastSeen, a.active]).toEqual([dates[0], dates.at(-1), dates.at(-1) === ORDER.at(-1)![0]]);
    }
    expect(agreements.some((a) => !a.active)).toBe(true);
  });

  it('folds the sheets after a stored state to what one fold of every sheet gives', () => {
    const dir = tmp();
    const cache = new StateCache(dir, 'v1');
    cache.save(foldSheets(sheets.slice(0, 5), null));
    const stored = cache.load(sheets);
    expect(stored?.chain.length).toBe(5);
    let reads = 0;
    const counted = sheets.map((x) => ({ ...x, rows: () => (reads++, x.rows()) }));
    const resumed = foldSheets(counted, stored);
    // The two new sheets and the one before them (for what the first new sheet changed).
    expect(reads).toBe(3);
    expect(resumed).toEqual(foldSheets(sheets, null));
    fs.rmSync(dir, { recursive: true });
  });

  it('is not used for other sheets, another version or a damaged file', () => {
    const dir = tmp();
    const cache = new StateCache(dir, 'v1');
    cache.save(foldSheets(sheets.slice(0, 5), null));
    expect(cache.load(sheets)).not.toBeNull();
    // An earlier sheet changed (its content), or one left out: the chain no longer begins the sheets.
    const changed = sheets.map((x, i) => (i === 2 ? { ...x, content: sheets[3]!.content } : x));
    expect(cache.load(changed)).toBeNull();
    expect(cache.load(sheets.filter((_, i) => i !== 1))).toBeNull();
    expect(cache.load(sheets.slice(0, 4))).toBeNull();
    // Another pipeline version reads its own file.
    expect(new StateCache(dir, 'v2').load(sheets)).toBeNull();
    // One character changed, the JSON still whole: the file's own hash no longer matches.
    const text = fs.readFileSync(cache.file, 'utf8');
    fs.writeFileSync(cache.file, text.replace('"2026-06-03"', '"2026-06-13"'));
    expect(cache.load(sheets)).toBeNull();
    fs.writeFileSync(cache.file, text.slice(0, 1000));
    expect(cache.load(sheets)).toBeNull();
    // Saving for one version removes the others' files.
    new StateCache(dir, 'v2').save(foldSheets(sheets.slice(0, 1), null));
    expect(fs.readdirSync(path.join(dir, 'state'))).toEqual(['v2.json']);
    fs.rmSync(dir, { recursive: true });
  });

  it('follows renames in the changes as every row of every sheet does, for one set of renames and then another', () => {
    const s = foldSheets(sheets, null);
    // An agreement the sixth sheet drops, renamed to one the fourth sheet added (then to another).
    const old = s.diffs[5]!.removed[0]!.id;
    const [to1, to2] = s.diffs[3]!.added.map((c) => c.id);
    const dates = sheets.map((x) => x.date);
    for (const to of [to1!, to2!]) {
      const renames = new Map<string, Rename>([[old, { from: old, to, rule: 'alias', reason: 'test' }]]);
      const knownAs = (id: string) => renames.get(id)?.to ?? id;
      const { changes } = followRenames(sheets, s, renames, knownAs);
      expect(changes).toEqual(diffSnapshots(sheets.flatMap((x) => x.rows().map((r) => timelineRow(r, knownAs))), dates));
      expect(changes.find((c) => c.date === dates[5])!.removed.map((c) => c.id)).toContain(to);
    }
  });
});
