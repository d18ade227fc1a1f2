/**
 * The pipeline: ICE spreadsheets + policy YAML + population + us-atlas -> public/data/.
 * Steps are pure transforms in steps/; this file does the I/O, validation of every output, progress
 * output and the atomic write. Run: `npm run data` (or `tsx data-pipeline/build.ts --out DIR`).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import { JURISDICTIONS, STATES_AND_DC, byUsps } from './schema/geo.ts';
import { STANCES, type StateEntry } from './schema/policy.ts';
import type { SpanishTexts } from './steps/read-policy.ts';
import { CountyCounts, Manifest, StateDetail, Summary, Agreement, Agency, Timeline, Changes, AgencyIndex, MODELS } from './schema/records.ts';
import { diffSnapshots, monthlySeries, type SnapshotRow } from './steps/build-timeline.ts';
import { InputError, Warnings } from './errors.ts';
import { readIceSheet, type RawSheet } from './steps/read-ice-sheets.ts';
import { normalizeSheet, type NormalizedRow } from './steps/normalize-agreements.ts';
import { readChangelog, readDenylist, readPolicy } from './steps/read-policy.ts';
import { lawSeries, stateLaw, statePeriods } from './steps/build-law.ts';
import { segments } from './steps/law-at-date.ts';
import { PolicyMeta } from './schema/records.ts';
import { buildCountyFixes, buildCountyIndex } from './steps/match-counties.ts';
import { collapseAgreements } from './steps/collapse-agreements.ts';
import {
  per100k, signedByMonth, stateSeries, summarizeCounties, summarizeSnapshots, summarizeStates, type SnapshotMeta,
} from './steps/summarize-states.ts';
import { pickObjects, simplifyTopology, splitByState, toGeoJSON, withProperties } from './steps/build-geometry.ts';
import { toCsv } from './steps/format-csv.ts';
import { AGENCY_COLUMNS, AGREEMENT_COLUMNS, PENDING_COLUMNS, csvPath, type Column } from './steps/csv-columns.ts';
import { checkConsistency } from './steps/check-consistency.ts';
import { writeOutputsAtomically, type OutputFiles } from './steps/write-outputs.ts';
import { readClaims } from './steps/read-claims.ts';
import { checkClaims } from './steps/check-claims.ts';
import { CHECK_COLUMNS, checkRows } from './steps/check-rows.ts';
import { Checks } from './schema/claims.ts';
import { PARTY_SOURCE, readParty } from './steps/read-party.ts';
import { PARTY_CSV_COLUMNS, buildPartyData } from './steps/party-table.ts';
import { PartyData } from './schema/party.ts';
import { readSheetLinks } from './steps/read-sheet-links.ts';
import { moaLinks } from './steps/moa-links.ts';
import { COUNTY_POPULATION, readCountyPopulation } from './steps/read-county-population.ts';
import { peopleCovered, PEOPLE_CSV_COLUMNS, peopleCsvRows } from './steps/people-covered.ts';
import { PeopleCovered } from './schema/people.ts';
import { buildDatapackage } from './steps/datapackage.ts';
import { readHistoryFile } from './steps/read-history-tables.ts';
import { historySeries } from './steps/history-series.ts';
import { History } from './schema/history.ts';
import { ALIASES_FILE, canonicalIds, readAliases, resolveRenames } from './steps/resolve-renames.ts';

export const PIPELINE_VERSION = '2.0.0';

/** The policy inputs, relative to the sources folder. */
export const POLICY = {
  table: 'policy/state-policies-v2.yaml',
  spanish: 'policy/state-policies-v2.es.yaml',
  denylist: 'policy/content-farms.txt',
  changelog: 'policy/CHANGELOG.yaml',
} as const;

/** The news claims checked on /checked/ and their Spanish texts, relative to the sources folder. */
export const CLAIMS = { table: 'claims/news-claims.yaml', spanish: 'claims/news-claims.es.yaml' } as const;

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SOURCES = path.join(HERE, 'sources');

export interface PipelineOptions {
  sources?: string;
  out?: string;
  /** Folder with us-atlas's JSON files (default: the installed package). */
  geometry?: string;
  quiet?: boolean;
  /** ICE sheets (file name -> bytes) read as if in sources/ice-287g/: `npm run refresh` stores one only after the outputs are written. */
  addedSheets?: ReadonlyMap<string, Buffer>;
}

/** Snapshot date and publication order from our file names (see sources/ice-287g/SOURCES.md). */
export function parseSourceName(file: string): { date: string; pm: boolean; wayback: boolean } | null {
  const m = /^(participating|pending|quirk)-(\d{4}-\d{2}-\d{2})(-pm)?(?:-[a-z-]+)?\.xlsx$/.exec(file);
  if (!m) return null;
  return { date: m[2]!, pm: Boolean(m[3]), wayback: file.includes('wayback-derived') };
}

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const json = (x: unknown) => `${JSON.stringify(x)}\n`;

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: HERE, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

function validate<T extends v.GenericSchema>(schema: T, value: unknown, what: string): v.InferOutput<T> {
  const r = v.safeParse(schema, value);
  if (!r.success) {
    const i = r.issues[0];
    throw new Error(`internal: output ${what} fails its schema at ${i.path?.map((p) => p.key).join('.') ?? '(root)'}: ${i.message}`);
  }
  return r.output;
}

export interface PipelineResult {
  summary: Summary;
  files: OutputFiles;
  warnings: Warnings;
  sheets: Array<{ file: string; kind: string; date: string; rows: number; used: boolean }>;
  timings: Array<{ step: string; ms: number; detail: string }>;
}

export async function runPipeline(opts: PipelineOptions = {}): Promise<PipelineResult> {
  const sources = opts.sources ?? DEFAULT_SOURCES;
  const geometryDir = opts.geometry ?? path.dirname(createRequire(import.meta.url).resolve('us-atlas/package.json'));
  const log = opts.quiet ? () => {} : (s: string) => process.stdout.write(`${s}\n`);
  const warnings = new Warnings();
  const timings: PipelineResult['timings'] = [];
  const inputs: Manifest['inputs'] = [];
  let t0 = performance.now();
  const step = (name: string, detail: string) => {
    const ms = performance.now() - t0;
    timings.push({ step: name, ms, detail });
    log(`  ${name.padEnd(22)} ${detail.padEnd(48)} ${(ms / 1000).toFixed(2)} s`);
    t0 = performance.now();
  };
  const readInput = (rel: string, kind: Manifest['inputs'][number]['kind'], extra: { snapshotDate?: string | null; rows?: number | null } = {}) => {
    const full = path.join(sources, rel);
    const added = rel.startsWith('ice-287g/') ? opts.addedSheets?.get(rel.slice('ice-287g/'.length)) : undefined;
    if (!added && !fs.existsSync(full)) throw new InputError({ file: rel }, 'the file to exist', `missing at ${full}`);
    const bytes = added ?? fs.readFileSync(full);
    inputs.push({ path: rel, sha256: sha256(bytes), bytes: bytes.length, kind, snapshotDate: extra.snapshotDate ?? null, rows: extra.rows ?? null });
    return bytes;
  };

  log('Cooperation Divide data pipeline');

  // 1. ICE spreadsheets
  const iceDir = path.join(sources, 'ice-287g');
  const files = [...new Set([...fs.readdirSync(iceDir), ...(opts.addedSheets?.keys() ?? [])])].filter((f) => f.endsWith('.xlsx')).sort();
  if (files.length === 0) throw new InputError({ file: 'ice-287g/' }, 'at least one .xlsx snapshot', 'none');
  const sheets: Array<{ sheet: RawSheet; date: string; pm: boolean; wayback: boolean; links: Map<number, string> }> = [];
  for (const f of files) {
    const meta = parseSourceName(f);
    if (!meta) throw new InputError({ file: `ice-287g/${f}` }, 'a name like participating-YYYY-MM-DD[-pm].xlsx or pending-YYYY-MM-DD.xlsx (use `npm run refresh` to add files)', f);
    const bytes = readInput(`ice-287g/${f}`, 'participating', { snapshotDate: meta.date });
    // The links are read from the zip alongside (thread pool) while read-excel-file parses the cells.
    const linkList = readSheetLinks(f, bytes).catch((err: unknown) => err as Error);
    const sheet = await readIceSheet(f, bytes);
    const found = await linkList;
    if (found instanceof Error) throw found;
    inputs[inputs.length - 1]!.kind = sheet.kind;
    inputs[inputs.length - 1]!.rows = sheet.rows.length;
    if (f.startsWith('participating') && sheet.kind === 'pending') warnings.add('pending-list-under-participating-name', f);
    const links = sheet.kind === 'participating' ? moaLinks(sheet, found, warnings) : new Map<number, string>();
    sheets.push({ sheet, ...meta, links });
  }
  const participating = sheets
    .filter((s) => s.sheet.kind === 'participating')
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
  // Two files on one day: the later (pm) one supersedes the earlier for that date.
  const used = participating.filter((s, i) => participating[i + 1]?.date !== s.date);
  const pending = sheets.filter((s) => s.sheet.kind === 'pending').sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
  step('read ICE sheets', `${files.length} files, ${sheets.reduce((n, s) => n + s.sheet.rows.length, 0).toLocaleString('en-US')} rows`);

  // 2. Normalise
  const rows: NormalizedRow[] = [];
  const normalizedBySheet = new Map<RawSheet, NormalizedRow[]>();
  for (const s of [...participating, ...pending]) {
    const n = normalizeSheet(s.sheet, s.date, warnings).map((r) => ({ ...r, moaUrl: s.links.get(r.row) ?? null }));
    normalizedBySheet.set(s.sheet, n);
  }
  for (const s of used) rows.push(...normalizedBySheet.get(s.sheet)!);
  const snapshots: SnapshotMeta[] = used.map((s) => ({ date: s.date, source: s.wayback ? 'wayback-derived' : 'ice' }));
  const latest = snapshots[snapshots.length - 1]!.date;
  step('normalise agreements', `${rows.length.toLocaleString('en-US')} rows in ${snapshots.length} snapshots (latest ${latest})`);

  // 3. Policy: the table, its Spanish texts, the content-farm list and the public corrections log
  const text = (rel: string) => readInput(rel, 'policy').toString('utf8');
  const deny = fs.existsSync(path.join(sources, POLICY.denylist)) ? readDenylist(text(POLICY.denylist)) : [];
  const policy = readPolicy(POLICY.table, text(POLICY.table), POLICY.spanish, text(POLICY.spanish), deny);
  const corrections = fs.existsSync(path.join(sources, POLICY.changelog)) ? readChangelog(POLICY.changelog, text(POLICY.changelog)) : [];
  const periods = statePeriods(policy);
  const law = stateLaw(periods, latest, policy.reviewed);
  step('read policy table', `${policy.states.size} states + DC, reviewed ${policy.reviewed}, ${corrections.length} corrections`);
  // Who governed each state in 2026: context beside the law (party.json), never a stance.
  const partyRows = readParty(PARTY_SOURCE.file, readInput(PARTY_SOURCE.file, 'politics'));
  inputs[inputs.length - 1]!.rows = partyRows.size;
  step('read party control', `${partyRows.size} states + DC, compiled ${PARTY_SOURCE.compiled}`);

  // 4. Population (optional input: without it per-capita figures are null)
  const population = new Map<string, number>();
  const popRel = 'census/state-population.csv';
  if (fs.existsSync(path.join(sources, popRel))) {
    const text = readInput(popRel, 'population').toString('utf8');
    csvParse(text).forEach((r, i) => {
      const n = Number(r.population);
      if (!/^\d{2}$/.test(r.state_fips ?? '') || !Number.isInteger(n) || n <= 0) {
        throw new InputError({ file: popRel, row: i + 2, column: 'state_fips/population' }, 'a two-digit FIPS code and a positive whole population', r);
      }
      population.set(r.state_fips!, n);
    });
    inputs[inputs.length - 1]!.rows = population.size;
  } else warnings.add('population-missing', popRel);
  step('read population', population.size ? `${population.size} rows` : 'absent: per-capita rates left out');

  // 5. Counties
  const countiesTopo = JSON.parse(readGeometry(geometryDir, 'counties-albers-10m.json', inputs)) as Topology;
  const countiesLonLat = JSON.parse(readGeometry(geometryDir, 'counties-10m.json', inputs)) as Topology;
  const countyIndex = buildCountyIndex((countiesLonLat.objects.counties as unknown as { geometries: [] }).geometries);
  const fixRows = ['ice-287g/county-name-fixes.deportationdata.csv', 'ice-287g/county-name-fixes.cooperation-divide.csv']
    .filter((rel) => fs.existsSync(path.join(sources, rel)))
    .flatMap((rel) => csvParse(readInput(rel, 'county-name-fixes').toString('utf8')) as unknown as Array<{ state: string; county: string; county_fixed: string }>);
  const fixes = buildCountyFixes(fixRows);
  const collapsed = collapseAgreements(rows, latest, countyIndex, fixes, warnings);
  // Reviewed aliases (optional input: test fixtures have none).
  const aliasText = fs.existsSync(path.join(sources, ALIASES_FILE)) ? readInput(ALIASES_FILE, 'aliases').toString('utf8') : '';
  const aliases = aliasText ? readAliases(ALIASES_FILE, aliasText) : [];
  const renames = resolveRenames(collapsed.agreements, snapshots.map((s) => s.date), aliases, ALIASES_FILE, warnings);
  const knownAs = canonicalIds(renames);
  for (const a of collapsed.agreements) a.renamedTo = renames.has(a.id) ? knownAs(a.id) : null;
  const ended = collapsed.agreements.filter((a) => !a.active).length;
  step('resolve renames', `${ended} ended: ${renames.size} renamed (${[...renames.values()].filter((r) => r.rule === 'moa-url').length} by URL), ${ended - renames.size} terminated`);
  const activeAgencies = collapsed.agencies.filter((a) => a.active);
  const matched = activeAgencies.filter((a) => a.countyMatch === 'county-column' || a.countyMatch === 'agency-name').length;
  const statewide = activeAgencies.filter((a) => a.countyMatch === 'statewide').length;
  const countyMatch = {
    agencies: activeAgencies.length,
    matched,
    statewide,
    unmatched: activeAgencies.length - matched - statewide,
    share: Math.round((matched / Math.max(1, activeAgencies.length - statewide)) * 1000) / 1000,
  };
  step('match counties', `${matched}/${activeAgencies.length - statewide} active non-state agencies matched (${(countyMatch.share * 100).toFixed(1)}%)`);

  // Before 2025: archived ICE web tables (text conversions by other projects; optional input).
  const historyDir = path.join(sources, 'ice-287g-history');
  const historyFiles = fs.existsSync(historyDir) ? fs.readdirSync(historyDir).filter((f) => f.endsWith('.csv')).sort().map((f) => `ice-287g-history/${f}`) : [];
  const captures = historyFiles.flatMap((rel) => readHistoryFile(rel, readInput(rel, 'history').toString('utf8')));
  const history = validate(History, historySeries(captures, countyIndex, fixes, warnings), 'history.json');
  step('read archived tables', `${history.captures.length} captures ${history.captures[0]?.date ?? ''}..${history.captures.at(-1)?.date ?? ''}, county from name ${history.countyMatch.matched}/${history.countyMatch.agencies - history.countyMatch.statewide}`);

  // 6. Aggregate
  const states = summarizeStates(collapsed.agreements, policy.states, law, population, countyIndex);
  const snapshotPoints = summarizeSnapshots(rows, snapshots);
  const series = stateSeries(rows, snapshots);
  const signedMonths = signedByMonth(collapsed.agreements);
  const counties = validate(CountyCounts, summarizeCounties(collapsed.agreements), 'county-counts.json');
  const activeAll = collapsed.agreements.filter((a) => a.active);
  const drawn = new Set(STATES_AND_DC.map((s) => s.usps));
  const nationalPop = STATES_AND_DC.reduce((n, s) => n + (population.get(s.fips) ?? 0), 0);
  const nat = states.reduce(
    (acc, s) => ({ agreements: acc.agreements + s.agreements, JEM: acc.JEM + s.byModel.JEM, WSO: acc.WSO + s.byModel.WSO, TFM: acc.TFM + s.byModel.TFM }),
    { agreements: 0, JEM: 0, WSO: 0, TFM: 0 },
  );
  const territories = JURISDICTIONS.filter((j) => j.territory)
    .map((j) => {
      const mine = activeAll.filter((a) => a.state === j.usps);
      return { usps: j.usps, fips: j.fips, name: j.name, agreements: mine.length, agencies: new Set(mine.map((a) => a.agencyId)).size };
    })
    .filter((t) => t.agreements > 0);
  const lastPending = pending[pending.length - 1];
  const summary = validate(
    Summary,
    {
      asOf: latest,
      national: {
        agreements: nat.agreements,
        agencies: new Set(activeAll.filter((a) => drawn.has(a.state)).map((a) => a.agencyId)).size,
        statesWithAgreements: states.filter((s) => s.agreements > 0).length,
        byModel: { JEM: nat.JEM, WSO: nat.WSO, TFM: nat.TFM },
        agreementsInclTerritories: activeAll.length,
        per100k: population.size ? per100k(nat.agreements, nationalPop) : null,
      },
      territories,
      stanceCounts: Object.fromEntries(STANCES.map((st) => [st, states.filter((s) => s.stance === st).length])),
      unsettled: states.filter((s) => s.confidence === 'low' || s.possibleStance !== null).map((s) => s.usps),
      snapshots: snapshotPoints,
      latestPending: lastPending ? { date: lastPending.date, agencies: new Set(normalizedBySheet.get(lastPending.sheet)!.map((r) => r.agencyId)).size } : null,
      countyMatch,
      policyCompiled: policy.reviewed,
      states,
    },
    'summary.json',
  );
  const notesRel = 'ice-287g/snapshot-notes.csv';
  const notes = new Map<string, string>(
    fs.existsSync(path.join(sources, notesRel)) ? csvParse(readInput(notesRel, 'snapshot-notes').toString('utf8')).map((r) => [r.date ?? '', r.note ?? '']) : [],
  );
  const problems = checkConsistency(summary, collapsed.agreements, counties, notes, new Set(policy.states.keys()));
  if (problems.length > 0) throw new InputError({ file: 'pipeline outputs' }, 'outputs that agree with each other', problems.join('; '));
  step('summarise', `${summary.national.agreements} active agreements in ${summary.national.statesWithAgreements} states (of 50 + DC)`);

  // 7. Outputs
  const out: OutputFiles = new Map();
  // Every download in English and, with a translated header row, under es/ for the Spanish pages.
  const setCsv = <T extends object>(rel: string, rows: T[], columns: Column<T>[]) => {
    for (const lang of ['en', 'es'] as const) out.set(csvPath(rel, lang), toCsv(rows, columns, columns.map((c) => c[lang])));
  };
  out.set('summary.json', json(summary));
  out.set('history.json', json(history));
  for (const s of states) {
    const p = policy.states.get(s.usps)!;
    const detail = validate(
      StateDetail,
      {
        summary: s,
        policy: { ...readerPolicy(p, policy.es.get(s.usps)!), segments: segments(periods.get(s.usps)!, policy.reviewed) },
        agencies: collapsed.agencies
          .filter((a) => a.state === s.usps && a.active)
          .map((a) => ({
            id: a.id,
            name: a.name,
            type: a.type,
            countyName: a.countyName,
            countyFips: a.countyFips,
            models: activeAll.filter((g) => g.agencyId === a.id).map((g) => ({ model: g.model, signed: g.signed, moaUrl: g.moaUrl })),
          })),
        series: series.get(s.usps) ?? [],
        signedByMonth: signedMonths.get(s.usps) ?? [],
      },
      `states/${s.usps.toLowerCase()}.json`,
    );
    out.set(`states/${s.usps.toLowerCase()}.json`, json(detail));
    setCsv(`states/${s.usps.toLowerCase()}.csv`, collapsed.agreements.filter((a) => a.state === s.usps && a.active), AGREEMENT_COLUMNS);
  }
  for (const a of collapsed.agreements) validate(Agreement, a, 'agreements.csv');
  for (const a of collapsed.agencies) validate(Agency, a, 'agencies.csv');
  setCsv('agreements.csv', collapsed.agreements, AGREEMENT_COLUMNS);
  setCsv('agencies.csv', collapsed.agencies, AGENCY_COLUMNS);
  setCsv('pending.csv', pending.flatMap((p) => normalizedBySheet.get(p.sheet)!), PENDING_COLUMNS);
  out.set('county-counts.json', json(counties));
  out.set(
    'agency-index.json',
    json(validate(AgencyIndex, collapsed.agencies.filter((a) => a.active).map((a) => [a.id, a.name, a.state, a.countyFips, a.type, a.activeModels.join('+')]), 'agency-index.json')),
  );

  const timelineRows: SnapshotRow[] = rows.map((r) => ({ snapshot: r.snapshot, state: r.state, agreementId: `${r.agencyId}--${r.model.toLowerCase()}`, agencyId: r.agencyId, agencyName: r.agencyName, model: r.model }));
  const snapshotDates = snapshots.map((s) => s.date);
  const months = monthlySeries(timelineRows, snapshotDates, drawn, policy.reviewed.slice(0, 7));
  const everListed = [...new Set(rows.filter((r) => drawn.has(r.state)).map((r) => r.state))].sort();
  const timeline = validate(
    Timeline,
    {
      months: months.map((m) => m.month),
      snapshotForMonth: months.map((m) => m.snapshot),
      national: months.map((m) => m.total),
      agencies: months.map((m) => m.agencies),
      byModel: { JEM: months.map((m) => m.byModel.JEM), WSO: months.map((m) => m.byModel.WSO), TFM: months.map((m) => m.byModel.TFM) },
      states: Object.fromEntries(everListed.map((st) => [st, months.map((m) => m.byState[st] ?? 0)])),
      stateModels: Object.fromEntries(
        everListed.map((st) => [st, Object.fromEntries(MODELS.map((md) => [md, months.map((m) => m.byStateModel[st]?.[md] ?? 0)]))]),
      ),
      ...lawSeries({
        policy,
        periods,
        months: months.map((m) => m.month),
        snapshotForMonth: months.map((m) => m.snapshot),
        count: (usps, sheet) => months.find((m) => m.snapshot === sheet)?.byState[usps] ?? 0,
        latestSheet: latest,
        latestMismatch: new Map(states.map((s) => [s.usps, s.mismatch])),
      }),
    },
    'timeline.json',
  );
  out.set('timeline.json', json(timeline));
  out.set(
    'policy.json',
    json(validate(PolicyMeta, { reviewed: policy.reviewed, definitions: policy.definitions, definitionsEs: policy.definitionsEs, corrections }, 'policy.json')),
  );
  const people = validate(PeopleCovered, peopleCovered({
    rows, dates: snapshotDates, agencies: collapsed.agencies, drawn: new Map(STATES_AND_DC.map((s) => [s.usps, s.fips])),
    population: readCountyPopulation(COUNTY_POPULATION.file, readInput(COUNTY_POPULATION.file, 'population')),
  }), 'people-covered.json');
  out.set('people-covered.json', json(people));
  setCsv('people-covered.csv', peopleCsvRows(people), PEOPLE_CSV_COLUMNS);
  out.set('changes.json', json(validate(Changes, diffSnapshots(timelineRows.map((r) => ({ ...r, agreementId: knownAs(r.agreementId) })), snapshotDates), 'changes.json')));
  const { file: _partyFile, ...partySource } = PARTY_SOURCE;
  const party = validate(PartyData, buildPartyData({
    rows: partyRows,
    stances: new Map(states.map((s) => [s.usps, s.stance])),
    measures: new Map([...policy.states].map(([u, p]) => [u, p.measures.map((m) => ({ name: m.name, effective: m.effective }))])),
    source: partySource,
  }), 'party.json');
  out.set('party.json', json(party));
  setCsv('party.csv', party.states, PARTY_CSV_COLUMNS);

  // News claims, checked against every participating file (the morning file of a two-file day too).
  // Optional input (test fixtures have none): without it the checks are an empty list.
  const hasClaims = fs.existsSync(path.join(sources, CLAIMS.table));
  if (!hasClaims) warnings.add('claims-missing', CLAIMS.table);
  const claims = hasClaims
    ? readClaims(CLAIMS.table, readInput(CLAIMS.table, 'claims').toString('utf8'), CLAIMS.spanish, readInput(CLAIMS.spanish, 'claims').toString('utf8'))
    : { claims: [], es: new Map() };
  const checks = validate(Checks, {
    claimsFile: CLAIMS.table,
    checks: checkClaims({
      file: CLAIMS.table, ...claims, periods, reviewed: policy.reviewed, states: policy.states,
      measureNamesEs: new Map([...policy.es].map(([u, e]) => [u, e.measures.map((m) => m.name)])),
      sheets: participating.map((s) => ({ file: s.sheet.file, date: s.date, pm: s.pm, used: used.includes(s), rows: normalizedBySheet.get(s.sheet)! })),
      countyOf: new Map(collapsed.agencies.map((a) => [a.id, a.countyFips])),
    }),
  }, 'checks.json');
  out.set('checks.json', json(checks));
  for (const lang of ['en', 'es'] as const) out.set(csvPath('checks.csv', lang), toCsv(checkRows(checks.checks, lang), CHECK_COLUMNS, CHECK_COLUMNS.map((c) => c[lang])));
  step('check news claims', `${checks.checks.length} claims: ${['matches', 'close', 'differs', 'uncheckable'].map((v) => `${checks.checks.filter((c) => c.verdict === v).length} ${v}`).join(', ')}`);

  const statesAlbers = JSON.parse(readGeometry(geometryDir, 'states-albers-10m.json', inputs)) as Topology;
  const statesLonLat = JSON.parse(readGeometry(geometryDir, 'states-10m.json', inputs)) as Topology;
  const byFips = new Map(states.map((s) => [s.fips, s]));
  const nameProps = (id: string) => (byFips.has(id) ? { usps: byFips.get(id)!.usps, name: byFips.get(id)!.name } : null);
  out.set('states-albers.topojson', json(withProperties(simplifyTopology(pickObjects(statesAlbers, ['states']), 2), 'states', nameProps)));
  const flatProps = (id: string) => {
    const s = byFips.get(id);
    return s ? { ...s, byModel: undefined, JEM: s.byModel.JEM, WSO: s.byModel.WSO, TFM: s.byModel.TFM } : null;
  };
  out.set('states.geojson', json(toGeoJSON(withProperties(simplifyTopology(pickObjects(statesLonLat, ['states']), 2e-3, 1e5), 'states', flatProps), 'states')));
  out.set(
    'counties-albers.topojson',
    json(withProperties(simplifyTopology(pickObjects(countiesTopo, ['counties']), 4), 'counties', (id) => ({ name: countyIndex.byFips.get(id)?.name ?? '' }))),
  );
  // lon/lat state outlines with stance for the explorer (light: outlines only need the shape).
  out.set('states-lonlat.topojson', json(withProperties(simplifyTopology(pickObjects(statesLonLat, ['states']), 1e-3), 'states', (id) => {
    const s = byFips.get(id);
    return s ? { usps: s.usps, name: s.name, stance: s.stance } : null;
  })));
  // lon/lat counties for the maplibre explorer: the whole country coarse, each state finer.
  const countyName = (id: string) => ({ name: countyIndex.byFips.get(id)?.name ?? '' });
  // Territories' county equivalents are left out here as on every map (their agreements are listed).
  const stateCounty = (id: string) => (byFips.has(id.slice(0, 2)) ? countyName(id) : null);
  out.set('counties-us.topojson', json(withProperties(simplifyTopology(pickObjects(countiesLonLat, ['counties']), 0.01), 'counties', stateCounty)));
  for (const [fips, topo] of splitByState(countiesLonLat, 'counties', 1e-4, countyName)) {
    const usps = byFips.get(fips)?.usps;
    if (usps) out.set(`counties/${usps.toLowerCase()}.topojson`, json(topo));
  }
  step('build geometry', 'states (Albers + GeoJSON), counties (Albers, lon/lat US + per state)');

  const { license } = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'package.json'), 'utf8')) as { license: string };
  out.set('datapackage.json', json(buildDatapackage(out, { version: PIPELINE_VERSION, created: new Date().toISOString(), license })));
  const manifest = validate(
    Manifest,
    {
      pipelineVersion: PIPELINE_VERSION,
      generatedAt: new Date().toISOString(),
      commit: gitCommit(),
      inputs,
      outputs: [...out].map(([p, c]) => ({ path: p, bytes: Buffer.byteLength(c), records: null })).concat({ path: 'manifest.json', bytes: 0, records: null }),
      warnings: warnings.list(),
    },
    'manifest.json',
  );
  out.set('manifest.json', json(manifest));

  if (opts.out) {
    writeOutputsAtomically(opts.out, out);
    step('write outputs', `${out.size} files -> ${path.relative(process.cwd(), opts.out) || opts.out}`);
  }
  return {
    summary,
    files: out,
    warnings,
    sheets: sheets.map((s) => ({ file: s.sheet.file, kind: s.sheet.kind, date: s.date, rows: s.sheet.rows.length, used: used.includes(s) })),
    timings,
  };
}

const TIER_ORDER = { primary: 0, news: 1, secondary: 2 } as const;

/** The reader's view of one state's policy entry: no editors' fields, sources primary first. */
function readerPolicy(p: StateEntry, es: SpanishTexts): Omit<StateDetail['policy'], 'segments'> {
  return {
    readerNote: p.reader_note,
    readerNoteEs: es.readerNote,
    measures: p.measures.map((m, i) => ({
      name: m.name,
      nameEs: es.measures[i]!.name,
      kind: m.kind,
      status: m.status,
      signed: m.signed,
      effective: m.effective,
      summary: m.summary,
      summaryEs: es.measures[i]!.summary,
      sources: [...m.sources].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]).map(({ url, publisher, tier }) => ({ url, publisher, tier })),
    })),
  };
}

function readGeometry(dir: string, file: string, inputs: Manifest['inputs']): string {
  const bytes = fs.readFileSync(path.join(dir, file));
  inputs.push({ path: `us-atlas/${file}`, sha256: sha256(bytes), bytes: bytes.length, kind: 'geometry', snapshotDate: null, rows: null });
  return bytes.toString('utf8');
}

export function printSummary(r: PipelineResult): void {
  const s = r.summary;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines = [
    '',
    `Latest ICE snapshot ${s.asOf}: ${fmt(s.national.agreements)} active agreements, ${fmt(s.national.agencies)} agencies, ${s.national.statesWithAgreements} states (of 50 + DC)`,
    `  by model: JEM ${fmt(s.national.byModel.JEM)} · WSO ${fmt(s.national.byModel.WSO)} · TFM ${fmt(s.national.byModel.TFM)}; territories (not drawn): ${s.territories.map((t) => `${t.usps} ${t.agreements}`).join(', ') || 'none'}`,
    `  policy: ${Object.entries(s.stanceCounts).map(([k, n]) => `${k} ${n}`).join(' · ')}; unsettled: ${s.unsettled.join(' ')}`,
    `  county match: ${fmt(s.countyMatch.matched)} of ${fmt(s.countyMatch.agencies - s.countyMatch.statewide)} (${(s.countyMatch.share * 100).toFixed(1)}%), ${s.countyMatch.statewide} statewide`,
    `  snapshots: ${s.snapshots.map((p) => `${p.date}=${p.agreements}`).join(' ')}`,
    `Warnings (${r.warnings.list().reduce((n, w) => n + w.count, 0)}):`,
    ...r.warnings.list().map((w) => `  ${w.code.padEnd(36)} ${String(w.count).padStart(4)}  e.g. ${w.examples.slice(0, 2).join(' | ')}`),
    `Done in ${(r.timings.reduce((n, t) => n + t.ms, 0) / 1000).toFixed(2)} s; largest outputs: ${[...r.files]
      .map(([p, c]) => [p, zlib.gzipSync(c).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([p, g]) => `${p} ${(g / 1024).toFixed(1)} KB gz`)
      .join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = argValue('--out') ?? path.join(HERE, '..', 'public', 'data');
  runPipeline({ sources: argValue('--sources'), out })
    .then(printSummary)
    .catch((err: unknown) => {
      if (err instanceof InputError) {
        process.stderr.write(`\nInput error: ${err.message}\nNothing was written; the previous outputs are unchanged.\n`);
      } else {
        process.stderr.write(`\nPipeline failed: ${(err as Error).stack ?? String(err)}\nNothing was written; the previous outputs are unchanged.\n`);
      }
      process.exit(1);
    });
}

export { byUsps };
