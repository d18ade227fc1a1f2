/**
 * Series stored as change points (data-pipeline/steps/change-points.ts, README "Change points"): a
 * build with N more identical copies of the newest sheet (the bench's growth mode, scripts/bench-growth.ts)
 * writes the same state files, people-covered.json and changes.json as without them (only the data
 * date moves), and every state's series expanded to the sheet dates (src/lib/series.ts) equals the rows
 * recounted from the sheets by another route (tests/support/xlsx-recount.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import type { StateDetail } from '../../data-pipeline/schema/records.ts';
import { changePoints } from '../../data-pipeline/steps/change-points.ts';
import { growthCopies } from '../../scripts/bench-growth.ts';
import { expandSeries } from '../../src/lib/series.ts';
import { sheetsIn } from '../../src/lib/sheet-runs.ts';
import { recountIceSheet } from '../support/xlsx-recount.ts';
import { ORACLE, uspsOf } from '../oracles/ice-sheets.ts';
import { tempDir } from '../support/fixtures.ts';

const N = 4;
let base: PipelineResult;
let grown: PipelineResult;
let g: ReturnType<typeof growthCopies>;
const text = (r: PipelineResult, rel: string) => String(r.files.get(rel));
/** The data date is the one thing identical sheets may move. */
const dated = (r: PipelineResult, rel: string) => text(r, rel).replaceAll(`"asOf":"${r.summary.asOf}"`, '"asOf":"(data date)"');

beforeAll(async () => {
  // One parse cache for both runs: the second parses nothing new (the copies share the newest sheet's bytes).
  const cacheDir = tempDir('cd-cp-cache-');
  base = await runPipeline({ quiet: true, cacheDir });
  g = growthCopies(N, tempDir('cd-cp-growth-'));
  grown = await runPipeline({ sources: g.sources, quiet: true, cacheDir });
}, 240_000);
afterAll(() => fs.rmSync(g.dir, { recursive: true, force: true }));

describe(`change points: ${N} identical copies of the newest sheet`, () => {
  it('are read as new sheets (the data date moves, summary.json lists them)', () => {
    expect(sheetsIn(grown.summary.snapshots)).toBe(sheetsIn(base.summary.snapshots) + N);
    expect(grown.summary.asOf).toBe(g.added.at(-1)!.slice('participating-'.length, 'participating-'.length + 10));
    expect(grown.summary.national).toEqual(base.summary.national);
  });

  it('add no bytes to states/tx.json, people-covered.json/.csv or changes.json, and no point to any state series', () => {
    for (const rel of ['states/tx.json', 'people-covered.json', 'people-covered.csv', 'changes.json']) {
      expect(dated(grown, rel), rel).toBe(dated(base, rel));
    }
    // Other state files may change for a real reason: a law that takes effect between the sheets (New Mexico's, 2026-05-20).
    const rels = [...base.files.keys()].filter((p) => /^states\/[a-z]{2}\.json$/.test(p));
    expect(rels).toHaveLength(51);
    for (const rel of rels) expect(JSON.parse(text(grown, rel)).series, rel).toEqual(JSON.parse(text(base, rel)).series);
    expect(text(grown, 'states/tx.json').length).toBe(text(base, 'states/tx.json').length);
    expect(JSON.parse(text(grown, 'states/tx.json')).asOf).toBe(grown.summary.asOf);
    expect(JSON.parse(text(grown, 'people-covered.json')).asOf).toBe(grown.summary.asOf);
  });

  it('every state series, expanded to every sheet date, equals the rows recounted from the sheets (oracle: source sheets)', () => {
    // summary.json keeps runs of equal sheets: every sheet date is the real sheets' (one run each today) and the copies'.
    expect(base.summary.snapshots.every((s) => s.sheets === 1)).toBe(true);
    const dates = [...base.summary.snapshots.map((s) => s.date), ...g.added.map((f) => f.slice('participating-'.length, 'participating-'.length + 10))];
    const fileOf = (d: string) => path.join(DEFAULT_SOURCES, 'ice-287g', ORACLE.snapshots[d]?.file ?? g.newest);
    const counts = new Map<string, Map<string, number>>();
    for (const file of new Set(dates.map(fileOf))) {
      const byState = new Map<string, number>();
      for (const r of recountIceSheet(fs.readFileSync(file))) byState.set(uspsOf(r.STATE), (byState.get(uspsOf(r.STATE)) ?? 0) + 1);
      counts.set(file, byState);
    }
    for (const s of grown.summary.states) {
      const detail = JSON.parse(text(grown, `states/${s.usps.toLowerCase()}.json`)) as StateDetail;
      const expanded = expandSeries(detail.series, dates);
      expect(expanded.map((p) => p.date), s.usps).toEqual(dates);
      expect(expanded.map((p) => p.agreements), s.usps).toEqual(dates.map((d) => counts.get(fileOf(d))!.get(s.usps) ?? 0));
    }
  });
});

describe('changePoints and expandSeries', () => {
  const per = [1, 1, 2, 2, 2, 0, 0, 3].map((agreements, i) => ({ date: `2026-01-0${i + 1}`, agreements }));
  it('keep the first point and each change; expanding gives every point back', () => {
    const cp = changePoints(per, (p) => p.agreements);
    expect(cp.map((p) => p.date)).toEqual(['2026-01-01', '2026-01-03', '2026-01-06', '2026-01-08']);
    expect(expandSeries(cp, per.map((p) => p.date))).toEqual(per);
  });
  it('expanding leaves out dates before the first point and carries the last value forward', () => {
    expect(expandSeries([{ date: '2026-01-03', agreements: 5 }], ['2026-01-01', '2026-01-03', '2026-02-01'])).toEqual([
      { date: '2026-01-03', agreements: 5 },
      { date: '2026-02-01', agreements: 5 },
    ]);
  });
});
