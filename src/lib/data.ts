/**
 * Build-time access to the pipeline's outputs (public/data/). Each file is validated against the
 * shared schema on read, so a stale or hand-edited output fails the build instead of the page.
 * Server-side only: pages call these in their frontmatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { Summary, StateDetail, CountyCounts, Manifest, Timeline, Changes } from '@schema/records.ts';
import type { Topology } from 'topojson-specification';

const DATA_DIR = path.resolve(process.cwd(), 'public', 'data');

function readJson(rel: string): unknown {
  const file = path.join(DATA_DIR, rel);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function parse<T extends v.GenericSchema>(schema: T, rel: string): v.InferOutput<T> {
  const r = v.safeParse(schema, readJson(rel));
  if (!r.success) throw new Error(`${rel} does not match its schema: ${v.summarize(r.issues)}`);
  return r.output;
}

let summaryCache: Summary | undefined;
export const loadSummary = (): Summary => (summaryCache ??= parse(Summary, 'summary.json'));
export const loadStateDetail = (usps: string): StateDetail => parse(StateDetail, `states/${usps.toLowerCase()}.json`);
export const loadCountyCounts = (): CountyCounts => parse(CountyCounts, 'county-counts.json');
export const loadManifest = (): Manifest => parse(Manifest, 'manifest.json');
export const loadStatesTopology = (): Topology => readJson('states-albers.topojson') as Topology;
let timelineCache: Timeline | undefined;
export const loadTimeline = (): Timeline => (timelineCache ??= parse(Timeline, 'timeline.json'));
let changesCache: Changes | undefined;
export const loadChanges = (): Changes => (changesCache ??= parse(Changes, 'changes.json'));
