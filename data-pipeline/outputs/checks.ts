/** checks.json / checks.csv: the news claims, each checked against every participating file. */
import { Checks } from '../schema/claims.ts';
import { readClaims } from '../steps/read-claims.ts';
import { checkClaims } from '../steps/check-claims.ts';
import { CHECK_COLUMNS, checkRows } from '../steps/check-rows.ts';
import { toCsv } from '../steps/format-csv.ts';
import { csvPath } from '../steps/csv-columns.ts';
import { CLAIMS } from '../input-paths.ts';
import { json, validate, type RunContext } from '../run-context.ts';
import type { SheetFile, Sources } from '../read-sources.ts';
import type { NormalizedRow } from '../steps/normalize-agreements.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function checkFiles(ctx: RunContext, src: Sources, _agg: Aggregates, out: OutputFiles): void {
  const { policy, periods, participating, used, collapsed } = src;
  // News claims, checked against every participating file (the morning file of a two-file day too).
  // Optional input (test fixtures have none): without it the checks are an empty list.
  const usedSet = new Set(used);
  const shared = new Map<string, NormalizedRow[]>();
  const rowsOf = (s: SheetFile) => shared.get(s.content) ?? shared.set(s.content, s.rows()).get(s.content)!;
  const hasClaims = ctx.has(CLAIMS.table);
  if (!hasClaims) ctx.warnings.add('claims-missing', CLAIMS.table);
  const claims = hasClaims
    ? readClaims(CLAIMS.table, ctx.readInput(CLAIMS.table, 'claims').toString('utf8'), CLAIMS.spanish, ctx.readInput(CLAIMS.spanish, 'claims').toString('utf8'))
    : { claims: [], es: new Map() };
  const checks = validate(Checks, {
    claimsFile: CLAIMS.table,
    checks: checkClaims({
      file: CLAIMS.table, ...claims, periods, reviewed: policy.reviewed, states: policy.states,
      measureNamesEs: new Map([...policy.es].map(([u, e]) => [u, e.measures.map((m) => m.name)])),
      // Rows on first use (a getter): most claims name a few of hundreds of sheets. Sheets with equal rows
      // share one copy ("the next sheets" can be hundreds); the checks read no row's file or date.
      // Counts from the fold's facts where it has them (sheet-state.ts): "the next sheets" reads no rows.
      sheets: participating.map((s) => ({
        file: s.file, date: s.date, pm: s.pm, used: usedSet.has(s), content: s.content, get rows() { return rowsOf(s); },
        ...(Object.hasOwn(src.state.facts, s.content) ? { facts: () => src.state.facts[s.content]! } : {}),
      })),
      countyOf: new Map(collapsed.agencies.map((a) => [a.id, a.countyFips])),
    }),
  }, 'checks.json');
  out.set('checks.json', json(checks));
  for (const lang of ['en', 'es'] as const) out.set(csvPath('checks.csv', lang), toCsv(checkRows(checks.checks, lang), CHECK_COLUMNS, CHECK_COLUMNS.map((c) => c[lang])));
  ctx.step('check news claims', `${checks.checks.length} claims: ${['matches', 'close', 'differs', 'uncheckable'].map((v) => `${checks.checks.filter((c) => c.verdict === v).length} ${v}`).join(', ')}`);

}
