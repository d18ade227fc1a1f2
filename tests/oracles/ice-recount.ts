/**
 * Counts from the raw rows of an ICE sheet, read by tests/support/xlsx-recount.ts (not the pipeline's
 * reader): the independent route the real-data tests compare the pipeline's outputs with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';
import { recountIceSheet, type RecountCell } from '../support/xlsx-recount.ts';
import { uspsOf } from './ice-sheets.ts';

const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');

export const rawRows = (file: string) => recountIceSheet(fs.readFileSync(path.join(ICE, file)));

/** ICE's SUPPORT TYPE cell -> model code; anything else stays visible as `unknown …`. */
export const MODEL = (v: RecountCell) => {
  const m = String(v).trim().toLowerCase();
  return m === 'jail enforcement model' ? 'JEM' : m === 'task force model' ? 'TFM' : m.startsWith('warrant service') ? 'WSO' : `unknown ${m}`;
};

/** Excel serial day (1900 system) -> ISO day: whole days after serial 25569 (1970-01-01), printed in UTC so no local time zone shifts it. */
export const serialDay = (v: RecountCell) => new Date((Number(v) - 25569) * 86_400_000).toISOString().slice(0, 10);

type StateCount = { agreements: number; JEM: number; WSO: number; TFM: number; names: Set<string> };

/** Per state: agreements, by model and distinct agency names (case, apostrophes and spacing ignored). */
function countStates(file: string) {
  const out = new Map<string, StateCount>();
  for (const r of rawRows(file)) {
    const usps = uspsOf(r.STATE);
    const s = out.get(usps) ?? { agreements: 0, JEM: 0, WSO: 0, TFM: 0, names: new Set<string>() };
    s.agreements++;
    s[MODEL(r['SUPPORT TYPE']!) as 'JEM']++;
    s.names.add(String(r['LAW ENFORCEMENT AGENCY']).toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ').trim());
    out.set(usps, s);
  }
  return out;
}

const recounted = new Map<string, Map<string, StateCount>>();
/** countStates, read once per file. */
export function recountByState(file: string) {
  if (!recounted.has(file)) recounted.set(file, countStates(file));
  return recounted.get(file)!;
}
