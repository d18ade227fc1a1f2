/**
 * Build-time access to the pipeline's outputs (public/data/). Each file is validated against the
 * shared schema on read, so a stale or hand-edited output fails the build instead of the page.
 * Server-side only: pages call these in their frontmatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { Summary, StateDetail, CountyCounts, AgencyIndex, Manifest, Timeline, Changes, PolicyMeta } from '@schema/records.ts';
import { Checks } from '@schema/claims.ts';
import { PartyData } from '@schema/party.ts';
import { PeopleCovered } from '@schema/people.ts';
import { History } from '@schema/history.ts';
import type { Topology } from 'topojson-specification';
import type { Lang } from '@i18n/locale.ts';
import { placeName } from '@i18n/place-names.ts';

// CD_DATA_DIR builds the site from another pipeline output (the hostile-fixture test uses it).
const DATA_DIR = path.resolve(process.env.CD_DATA_DIR ?? path.join(process.cwd(), 'public', 'data'));

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

const summaryCache = new Map<Lang, Summary>();
/** The summary with state and territory names in the page's language (codes and numbers unchanged). */
export const loadSummary = (lang: Lang = 'en'): Summary => {
  let s = summaryCache.get(lang);
  if (!s) {
    const raw = parse(Summary, 'summary.json');
    s = {
      ...raw,
      states: raw.states.map((x) => ({ ...x, name: placeName(lang, x.usps, x.name) })),
      territories: raw.territories.map((x) => ({ ...x, name: placeName(lang, x.usps, x.name) })),
    };
    summaryCache.set(lang, s);
  }
  return s;
};
export const loadStateDetail = (usps: string, lang: Lang = 'en'): StateDetail => {
  const d = parse(StateDetail, `states/${usps.toLowerCase()}.json`);
  return { ...d, summary: { ...d.summary, name: placeName(lang, d.summary.usps, d.summary.name) } };
};
export const loadCountyCounts = (): CountyCounts => parse(CountyCounts, 'county-counts.json');
let manifestCache: Manifest | undefined;
export const loadManifest = (): Manifest => (manifestCache ??= parse(Manifest, 'manifest.json'));
export const loadStatesTopology = (): Topology => readJson('states-albers.topojson') as Topology;
/** The explorer's lon/lat county shapes: one state's, or the whole country's (coarser). */
export const loadCountyTopology = (usps: string | null): Topology => readJson(usps ? `counties/${usps.toLowerCase()}.topojson` : 'counties-us.topojson') as Topology;
let agencyIndexCache: AgencyIndex | undefined;
export const loadAgencyIndex = (): AgencyIndex => (agencyIndexCache ??= parse(AgencyIndex, 'agency-index.json'));
let timelineCache: Timeline | undefined;
export const loadTimeline = (): Timeline => (timelineCache ??= parse(Timeline, 'timeline.json'));
let historyCache: History | undefined;
/** The archived ICE web tables' captures (2017, 2021-2024), not ICE files. */
export const loadHistory = (): History => (historyCache ??= parse(History, 'history.json'));
let changesCache: Changes | undefined;
export const loadChanges = (): Changes => (changesCache ??= parse(Changes, 'changes.json'));
let policyCache: PolicyMeta | undefined;
/** The policy table's review date, stance definitions and public corrections (policy.json). */
export const loadPolicyMeta = (): PolicyMeta => (policyCache ??= parse(PolicyMeta, 'policy.json'));
let checksCache: Checks | undefined;
/** The news claims checked against ICE's sheets and the policy table (checks.json). */
export const loadChecks = (): Checks => (checksCache ??= parse(Checks, 'checks.json'));
let partyCache: PartyData | undefined;
/** Who governed each state in 2026 and the stance x party-control table (party.json). */
export const loadParty = (): PartyData => (partyCache ??= parse(PartyData, 'party.json'));
let peopleCache: PeopleCovered | undefined;
/** Residents of counties whose sheriff or county jail holds an agreement, by sheet date (people-covered.json). */
export const loadPeople = (): PeopleCovered => (peopleCache ??= parse(PeopleCovered, 'people-covered.json'));
