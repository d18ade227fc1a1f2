/**
 * Page and data weight stay flat as identical ICE sheets accumulate (issue 22, "Scale"): the pipeline
 * run without a cache on the real sources plus daily copies of the newest sheet (the bench's growth
 * mode, scripts/bench-growth.ts) writes outputs no bigger with N more copies, give or take a few bytes
 * (dates move, counts do not), while summary.json still says N more sheets were read.
 * Both runs end in the same month, after New Mexico's law of 2026-05-20 took effect: a new month or a law
 * taking effect changes the month-by-month outputs for a real reason, once, not per sheet.
 * manifest.json lists every input file (provenance) and is left out: it grows with each file.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { growthCopies } from '../../scripts/bench-growth.ts';
import { sheetsIn } from '../../src/lib/sheet-runs.ts';
import { tempDir } from '../support/fixtures.ts';

/** 2026-05-19 .. 2026-06-01, then 25 more: to 2026-06-26. */
const BEFORE = 14;
const N = 25;
/** Bytes an output may gain: a longer date range in a text, a later last-sheet date. Never a point per sheet (~100+ bytes each). */
const SLACK = 120;
let base: PipelineResult;
let grown: PipelineResult;
let g0: ReturnType<typeof growthCopies>;
let g: ReturnType<typeof growthCopies>;
const size = (r: PipelineResult, rel: string) => Buffer.byteLength(r.files.get(rel) ?? '');

beforeAll(async () => {
  g0 = growthCopies(BEFORE, tempDir('cd-flat-'));
  base = await runPipeline({ sources: g0.sources, quiet: true });
  g = growthCopies(BEFORE + N, tempDir('cd-flat-'));
  grown = await runPipeline({ sources: g.sources, quiet: true });
}, 240_000);
afterAll(() => {
  for (const x of [g0, g]) fs.rmSync(x.dir, { recursive: true, force: true });
});

describe(`${N} more identical daily copies of the newest sheet`, () => {
  it('are counted as sheets read: the runs add up to N more, the last run ends on the newest copy', () => {
    expect(sheetsIn(grown.summary.snapshots)).toBe(sheetsIn(base.summary.snapshots) + N);
    expect(grown.summary.snapshots).toHaveLength(base.summary.snapshots.length);
    const last = grown.summary.snapshots.at(-1)!;
    expect(last.through).toBe(grown.summary.asOf);
    expect(last.sheets).toBe(base.summary.snapshots.at(-1)!.sheets + N);
    expect(grown.summary.asOf).toBe(g.added.at(-1)!.slice('participating-'.length, 'participating-'.length + 10));
  });

  it('add at most a few bytes to any output but manifest.json (summary, checks, timeline, changes, states, people covered)', () => {
    const rels = [...base.files.keys()].filter((rel) => rel !== 'manifest.json');
    for (const rel of ['summary.json', 'checks.json', 'timeline.json', 'changes.json', 'states/tx.json', 'people-covered.json']) expect(rels).toContain(rel);
    const grew = rels.map((rel) => ({ rel, by: size(grown, rel) - size(base, rel) })).filter((x) => x.by > SLACK);
    expect(grew).toEqual([]);
    expect([...grown.files.keys()].sort()).toEqual([...base.files.keys()].sort());
  });

  it('give the Atom feed nothing new: the changes it lists and the law events are the same', () => {
    const json = (r: PipelineResult, rel: string) => JSON.parse(String(r.files.get(rel)));
    expect(json(grown, 'changes.json').map((c: { date: string }) => c.date)).toEqual(json(base, 'changes.json').map((c: { date: string }) => c.date));
    expect(json(grown, 'timeline.json').lawEvents).toEqual(json(base, 'timeline.json').lawEvents);
  });

  it('fold into the news claim about "2026-02-13 and the next sheets": one entry for the run, not one per copy', () => {
    const md = (r: PipelineResult) => JSON.parse(String(r.files.get('checks.json'))).checks.find((c: { id: string }) => c.id === 'maryland-defy');
    const before = md(base);
    const after = md(grown);
    expect(after.sheets).toHaveLength(before.sheets.length);
    expect(after.figures[0].values).toHaveLength(before.figures[0].values.length);
    expect(after.sheets.at(-1)).toMatchObject({ file: before.sheets.at(-1).file, through: grown.summary.asOf, sheets: BEFORE + N + 1 });
  });
});
