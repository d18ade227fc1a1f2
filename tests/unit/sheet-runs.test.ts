/**
 * Runs of identical sheets (data-pipeline/steps/sheet-runs.ts): every step that reads one copy per run
 * gives what it gives when handed every row of every sheet (the route the pipeline took before runs).
 * Real ICE sheets, in an order with runs of one, two and three sheets and a list that comes back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { Warnings } from '../../data-pipeline/errors.ts';
import { sha256 } from '../../data-pipeline/run-context.ts';
import { digestSheet, expandRows } from '../../data-pipeline/sheet-digest.ts';
import { sheetRuns, type RunSheet } from '../../data-pipeline/steps/sheet-runs.ts';
import type { NormalizedRow } from '../../data-pipeline/steps/normalize-agreements.ts';
import { collapseAgreements } from '../../data-pipeline/steps/collapse-agreements.ts';
import { stateSeries, summarizeSnapshots } from '../../data-pipeline/steps/summarize-states.ts';
import { diffSnapshots, monthlySeries } from '../../data-pipeline/steps/build-timeline.ts';
import { buildCountyFixes, buildCountyIndex } from '../../data-pipeline/steps/match-counties.ts';
import { peopleCovered } from '../../data-pipeline/steps/people-covered.ts';
import { COUNTY_POPULATION, readCountyPopulation } from '../../data-pipeline/steps/read-county-population.ts';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';

const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');
// Sheet dates after the newest real sheet (SIGNED dates must not be later than the sheet's date).
const ORDER: Array<[string, string]> = [
  ['2026-06-01', 'participating-2026-03-27.xlsx'],
  ['2026-06-02', 'participating-2026-04-30.xlsx'],
  ['2026-06-03', 'participating-2026-04-30.xlsx'],
  ['2026-06-04', 'participating-2026-05-18.xlsx'],
  ['2026-06-05', 'participating-2026-05-18.xlsx'],
  ['2026-06-06', 'participating-2026-05-18.xlsx'],
  ['2026-06-07', 'participating-2026-04-30.xlsx'],
  ['2026-06-08', 'participating-2026-05-18.xlsx'],
  ['2026-06-09', 'participating-2026-05-18.xlsx'],
];

let sheets: RunSheet[];
let all: NormalizedRow[];
const snapshots = ORDER.map(([date]) => ({ date, source: 'ice' as const }));
const dates = ORDER.map(([d]) => d);

beforeAll(async () => {
  sheets = [];
  for (const [date, file] of ORDER) {
    const bytes = fs.readFileSync(path.join(ICE, file));
    const d = await digestSheet(`participating-${date}.xlsx`, date, bytes, sha256(bytes), { digests: null, parses: null });
    sheets.push({ date, content: d.content, rows: () => expandRows(d.rows, `participating-${date}.xlsx`, date) });
  }
  all = sheets.flatMap((s) => s.rows());
}, 60_000);

describe('sheet runs', () => {
  it('group consecutive sheets with equal rows, and only those', () => {
    const runs = sheetRuns(sheets);
    expect(runs.firstDates).toEqual(['2026-06-01', '2026-06-02', '2026-06-04', '2026-06-07', '2026-06-08']);
    expect(dates.map(runs.sameAs)).toEqual(['2026-06-01', '2026-06-02', '2026-06-02', '2026-06-04', '2026-06-04', '2026-06-04', '2026-06-07', '2026-06-08', '2026-06-08']);
    expect(new Set(sheets.map((s) => s.content)).size).toBe(3);
  });

  it('give the same records, counts, series, changes and people covered as every row of every sheet', () => {
    const runs = sheetRuns(sheets);
    const counties = JSON.parse(fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('us-atlas/package.json')), 'counties-10m.json'), 'utf8'));
    const index = buildCountyIndex(counties.objects.counties.geometries);
    const fixes = buildCountyFixes([]);
    const full = collapseAgreements(all, dates.at(-1)!, index, fixes, new Warnings());
    const fromRuns = collapseAgreements(runs.collapseRows, dates.at(-1)!, index, fixes, new Warnings());
    expect(fromRuns).toEqual(full);
    // Some agreement ends inside the data and some comes back: the run ends carry first/last seen.
    expect(full.agreements.some((a) => !a.active)).toBe(true);
    expect(new Set(full.agreements.map((a) => a.lastSeen)).size).toBeGreaterThan(1);

    expect(summarizeSnapshots(runs.rows, snapshots, runs.sameAs)).toEqual(summarizeSnapshots(all, snapshots));
    expect(stateSeries(runs.rows, snapshots, runs.sameAs)).toEqual(stateSeries(all, snapshots));
    const timelineRows = (rows: NormalizedRow[]) => rows.map((r) => ({ snapshot: r.snapshot, state: r.state, agreementId: `${r.agencyId}--${r.model.toLowerCase()}`, agencyId: r.agencyId, agencyName: r.agencyName, model: r.model }));
    const drawn = new Set(STATES_AND_DC.map((s) => s.usps));
    expect(monthlySeries(timelineRows(runs.rows), dates, drawn, '2026-09', runs.sameAs)).toEqual(monthlySeries(timelineRows(all), dates, drawn, '2026-09'));
    const changes = diffSnapshots(timelineRows(all), dates);
    expect(diffSnapshots(timelineRows(runs.rows), runs.firstDates)).toEqual(changes);
    expect(changes.map((c) => c.date)).toEqual(['2026-06-01', '2026-06-02', '2026-06-04', '2026-06-07', '2026-06-08']);

    const population = readCountyPopulation(COUNTY_POPULATION.file, fs.readFileSync(path.join(DEFAULT_SOURCES, COUNTY_POPULATION.file)));
    const people = (rows: NormalizedRow[], sameAs?: (d: string) => string) =>
      peopleCovered({ rows, dates, agencies: full.agencies, population, drawn: new Map(STATES_AND_DC.map((s) => [s.usps, s.fips])), sameAs });
    expect(people(runs.rows, runs.sameAs)).toEqual(people(all));
  });
});
