/**
 * The pipeline's first stage: every input read, validated and joined (ICE sheets and their
 * agreement links, the policy table, party control, population, counties, reviewed renames and the
 * archived tables). The steps in outputs/ build files from what this returns; nothing here writes.
 */
import path from 'node:path';
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import { InputError } from './errors.ts';
import type { RunContext } from './run-context.ts';
import { validate } from './run-context.ts';
import { digestSheet, expandRows, replayWarnings, type DigestedSheet } from './sheet-digest.ts';
import type { NormalizedRow } from './steps/normalize-agreements.ts';
import { foldSheets, followRenames } from './sheet-state.ts';
import { readChangelog, readDenylist, readPolicy } from './steps/read-policy.ts';
import { stateLaw, statePeriods } from './steps/build-law.ts';
import { buildCountyFixes, buildCountyIndex } from './steps/match-counties.ts';
import { finishCollapse } from './steps/collapse-agreements.ts';
import type { SnapshotMeta } from './steps/summarize-states.ts';
import { PARTY_SOURCE, readParty } from './steps/read-party.ts';
import { readHistoryFile } from './steps/read-history-tables.ts';
import { historySeries } from './steps/history-series.ts';
import { History } from './schema/history.ts';
import { ALIASES_FILE, canonicalIds, readAliases, resolveRenames } from './steps/resolve-renames.ts';
import { POLICY, parseSourceName } from './input-paths.ts';

/** One ICE file read: its normalised rows are made on demand (copies of a sheet share one stored array). */
export type SheetFile = { file: string; kind: 'participating' | 'pending'; rawRows: number; date: string; pm: boolean; wayback: boolean; content: string; rows: () => NormalizedRow[] };

export async function readSources(ctx: RunContext) {
  // 1. ICE spreadsheets, each read and normalised on its own (sheet-digest.ts; from the cache when it holds the file)
  const iceDir = path.join(ctx.sources, 'ice-287g');
  const files = [...new Set([...fs.readdirSync(iceDir), ...(ctx.addedSheets?.keys() ?? [])])].filter((f) => f.endsWith('.xlsx')).sort();
  if (files.length === 0) throw new InputError({ file: 'ice-287g/' }, 'at least one .xlsx snapshot', 'none');
  const sheets: SheetFile[] = [];
  const digests: DigestedSheet[] = [];
  for (const f of files) {
    const meta = parseSourceName(f);
    if (!meta) throw new InputError({ file: `ice-287g/${f}` }, 'a name like participating-YYYY-MM-DD[-pm].xlsx or pending-YYYY-MM-DD.xlsx (use `npm run refresh` to add files)', f);
    const input = ctx.sheetInput(`ice-287g/${f}`, meta.date);
    const d = await digestSheet(f, meta.date, input.bytes, input.sha256, { digests: ctx.digestCache, parses: ctx.parseCache });
    ctx.noteRows(d.rawRows, d.kind);
    replayWarnings(ctx.warnings, d.readWarnings);
    digests.push(d);
    sheets.push({ file: f, kind: d.kind, rawRows: d.rawRows, ...meta, content: d.content, rows: () => expandRows(d.rows(), f, meta.date) });
  }
  const participating = sheets
    .filter((s) => s.kind === 'participating')
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
  // Two files on one day: the later (pm) one supersedes the earlier for that date.
  const used = participating.filter((s, i) => participating[i + 1]?.date !== s.date);
  const pending = sheets.filter((s) => s.kind === 'pending').sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
  const cached = ctx.digestCache ? `, ${ctx.digestCache.hits} from cache` : '';
  ctx.hashMemo?.save();
  ctx.step('read ICE sheets', `${files.length} files${cached}, ${sheets.reduce((n, s) => n + s.rawRows, 0).toLocaleString('en-US')} rows`);

  // 2. Normalised rows: warnings in the order of the sheets' dates; the used sheets folded into what the
  // later steps need of them (sheet-state.ts), from the stored state up to the newest sheets it holds.
  const digestOf = new Map(sheets.map((s, i) => [s, digests[i]!]));
  for (const s of [...participating, ...pending]) replayWarnings(ctx.warnings, digestOf.get(s)!.normWarnings);
  const stored = ctx.stateCache?.load(used) ?? null;
  const fromStore = stored?.chain.length ?? 0;
  const state = foldSheets(used, stored);
  const usedContent = new Map(used.map((s) => [s.date, s.content]));
  const factsOf = (date: string) => state.facts[usedContent.get(date)!];
  const snapshots: SnapshotMeta[] = used.map((s) => ({ date: s.date, source: s.wayback ? 'wayback-derived' : 'ice' }));
  const latest = snapshots[snapshots.length - 1]!.date;
  ctx.step('fold sheets', `${used.length - fromStore} of ${snapshots.length} snapshots folded${stored ? ` (${fromStore} from the stored state)` : ''}, latest ${latest}`);

  // 3. Policy: the table, its Spanish texts, the content-farm list and the public corrections log
  const text = (rel: string) => ctx.text(rel, 'policy');
  const deny = ctx.has(POLICY.denylist) ? readDenylist(text(POLICY.denylist)) : [];
  const policy = readPolicy(POLICY.table, text(POLICY.table), POLICY.spanish, text(POLICY.spanish), deny);
  const corrections = ctx.has(POLICY.changelog) ? readChangelog(POLICY.changelog, text(POLICY.changelog)) : [];
  const periods = statePeriods(policy);
  const law = stateLaw(periods, latest, policy.reviewed);
  ctx.step('read policy table', `${policy.states.size} states + DC, reviewed ${policy.reviewed}, ${corrections.length} corrections`);
  // Who governed each state in 2026: context beside the law (party.json), never a stance.
  const partyRows = readParty(PARTY_SOURCE.file, ctx.readInput(PARTY_SOURCE.file, 'politics'));
  ctx.noteRows(partyRows.size);
  ctx.step('read party control', `${partyRows.size} states + DC, compiled ${PARTY_SOURCE.compiled}`);

  // 4. Population (optional input: without it per-capita figures are null)
  const population = new Map<string, number>();
  const popRel = 'census/state-population.csv';
  if (ctx.has(popRel)) {
    const text = ctx.readInput(popRel, 'population').toString('utf8');
    csvParse(text).forEach((r, i) => {
      const n = Number(r.population);
      if (!/^\d{2}$/.test(r.state_fips ?? '') || !Number.isInteger(n) || n <= 0) {
        throw new InputError({ file: popRel, row: i + 2, column: 'state_fips/population' }, 'a two-digit FIPS code and a positive whole population', r);
      }
      population.set(r.state_fips!, n);
    });
    ctx.noteRows(population.size);
  } else ctx.warnings.add('population-missing', popRel);
  ctx.step('read population', population.size ? `${population.size} rows` : 'absent: per-capita rates left out');

  // 5. Counties
  const countiesTopo = JSON.parse(ctx.readGeometry('counties-albers-10m.json')) as Topology;
  const countiesLonLat = JSON.parse(ctx.readGeometry('counties-10m.json')) as Topology;
  const countyIndex = buildCountyIndex((countiesLonLat.objects.counties as unknown as { geometries: [] }).geometries);
  const fixRows = ['ice-287g/county-name-fixes.deportationdata.csv', 'ice-287g/county-name-fixes.cooperation-divide.csv']
    .filter((rel) => ctx.has(rel))
    .flatMap((rel) => csvParse(ctx.readInput(rel, 'county-name-fixes').toString('utf8')) as unknown as Array<{ state: string; county: string; county_fixed: string }>);
  const fixes = buildCountyFixes(fixRows);
  const collapsed = finishCollapse(state.fold, latest, countyIndex, fixes, ctx.warnings);
  // Reviewed aliases (optional input: test fixtures have none).
  const aliasText = ctx.has(ALIASES_FILE) ? ctx.readInput(ALIASES_FILE, 'aliases').toString('utf8') : '';
  const aliases = aliasText ? readAliases(ALIASES_FILE, aliasText) : [];
  const renames = resolveRenames(collapsed.agreements, snapshots.map((s) => s.date), aliases, ALIASES_FILE, ctx.warnings);
  const knownAs = canonicalIds(renames);
  for (const a of collapsed.agreements) a.renamedTo = renames.has(a.id) ? knownAs(a.id) : null;
  const ended = collapsed.agreements.filter((a) => !a.active).length;
  ctx.step('resolve renames', `${ended} ended: ${renames.size} renamed (${[...renames.values()].filter((r) => r.rule === 'moa-url').length} by URL), ${ended - renames.size} terminated`);
  const { changes, changed } = followRenames(used, state, renames, knownAs);
  // Stored again only when this run added to it (a run with nothing new writes nothing), and by the
  // runner only once the outputs are made: a refresh that fails leaves the state of the sheets kept.
  const store = ctx.stateCache !== null && (changed || fromStore < used.length);
  const saveState = () => (store ? ctx.stateCache!.save(state) : undefined);
  ctx.step('list changes', `${changes.length} sheets changed the list${store ? ', new state to store' : ''}`);
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
  ctx.step('match counties', `${matched}/${activeAgencies.length - statewide} active non-state agencies matched (${(countyMatch.share * 100).toFixed(1)}%)`);

  // Before 2025: archived ICE web tables (text conversions by other projects; optional input).
  const historyDir = path.join(ctx.sources, 'ice-287g-history');
  const historyFiles = fs.existsSync(historyDir) ? fs.readdirSync(historyDir).filter((f) => f.endsWith('.csv')).sort().map((f) => `ice-287g-history/${f}`) : [];
  const captures = historyFiles.flatMap((rel) => readHistoryFile(rel, ctx.readInput(rel, 'history').toString('utf8')));
  const history = validate(History, historySeries(captures, countyIndex, fixes, ctx.warnings), 'history.json');
  ctx.step('read archived tables', `${history.captures.length} captures ${history.captures[0]?.date ?? ''}..${history.captures.at(-1)?.date ?? ''}, county from name ${history.countyMatch.matched}/${history.countyMatch.agencies - history.countyMatch.statewide}`);

  return {
    sheets, participating, used, pending, state, factsOf, changes, saveState, snapshots, latest,
    policy, corrections, periods, law, partyRows, population,
    countiesTopo, countiesLonLat, countyIndex, fixes, collapsed, knownAs, countyMatch, history, captures,
  };
}

export type Sources = Awaited<ReturnType<typeof readSources>>;
