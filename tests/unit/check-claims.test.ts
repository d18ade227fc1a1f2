/**
 * The news checks on the real ICE files and policy table. Sheet facts are recounted from the raw
 * spreadsheets with read-excel-file (not the pipeline's reader); verdicts must follow the numbers:
 * changing a number in the inputs changes the verdict, so no result can be typed in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { parse } from 'yaml';
import { CLAIMS, DEFAULT_SOURCES, POLICY, parseSourceName } from '../../data-pipeline/build.ts';
import { Warnings } from '../../data-pipeline/errors.ts';
import { readIceSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { normalizeSheet } from '../../data-pipeline/steps/normalize-agreements.ts';
import { readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { statePeriods } from '../../data-pipeline/steps/build-law.ts';
import { readClaims } from '../../data-pipeline/steps/read-claims.ts';
import { checkClaims, type ClaimsInput } from '../../data-pipeline/steps/check-claims.ts';
import type { Sheet } from '../../data-pipeline/steps/sheet-facts.ts';
import type { Check } from '../../data-pipeline/schema/claims.ts';

const src = (rel: string) => fs.readFileSync(path.join(DEFAULT_SOURCES, rel), 'utf8');
const ICE = path.join(DEFAULT_SOURCES, 'ice-287g');
const TERRITORIES: Record<string, string> = { GUAM: 'GU', 'NORTHERN MARIANA ISLANDS': 'MP', 'PUERTO RICO': 'PR', 'AMERICAN SAMOA': 'AS', 'VIRGIN ISLANDS': 'VI' };
let input: ClaimsInput;
let checks: Check[];
const byId = (id: string, list = checks) => list.find((c) => c.id === id)!;

beforeAll(async () => {
  const files = fs.readdirSync(ICE).filter((f) => f.startsWith('participating-')).sort();
  const sheets: Sheet[] = [];
  for (const file of files) {
    const meta = parseSourceName(file)!;
    const raw = await readIceSheet(file, fs.readFileSync(path.join(ICE, file)));
    sheets.push({ file, date: meta.date, pm: meta.pm, used: true, rows: normalizeSheet(raw, meta.date, new Warnings()) });
  }
  sheets.sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
  sheets.forEach((s, i) => (s.used = sheets[i + 1]?.date !== s.date));
  const policy = readPolicy(POLICY.table, src(POLICY.table), POLICY.spanish, src(POLICY.spanish), []);
  const claims = readClaims(CLAIMS.table, src(CLAIMS.table), CLAIMS.spanish, src(CLAIMS.spanish));
  // County matching is the pipeline's (match-counties tests); no claim asserted here counts counties.
  const countyOf = new Map<string, string | null>();
  input = {
    file: CLAIMS.table, ...claims, periods: statePeriods(policy), reviewed: policy.reviewed, states: policy.states,
    measureNamesEs: new Map([...policy.es].map(([u, e]) => [u, e.measures.map((m) => m.name)])), sheets, countyOf,
  };
  checks = checkClaims(input);
}, 120_000);

async function rawFacts(file: string) {
  const [sheet] = await readExcelFile(fs.readFileSync(path.join(ICE, file)));
  const rows = sheet!.data.slice(1).filter((r) => typeof r[0] === 'string').map((r) => String(r[0]).trim().toUpperCase());
  const terr: Record<string, number> = {};
  for (const r of rows) if (TERRITORIES[r]) terr[TERRITORIES[r]] = (terr[TERRITORIES[r]] ?? 0) + 1;
  const states = new Set(rows.filter((r) => !TERRITORIES[r]).map((r) => r.replace('PENNSLYVANIA', 'PENNSYLVANIA').replace(/VIRIGIN?IA/, 'VIRGINIA')));
  return { rows: rows.length, states: states.size, territories: Object.entries(terr).map(([usps, n]) => ({ usps, rows: n })).sort((a, b) => a.usps.localeCompare(b.usps)) };
}

describe('news checks on the real data', () => {
  it('gives every claim in the file a computed figure or an explicit "cannot be checked"', () => {
    const yaml = parse(src(CLAIMS.table)) as { claims: Array<{ id: string }> };
    expect(checks.map((c) => c.id)).toEqual(yaml.claims.map((c) => c.id));
    for (const c of checks) {
      if (c.verdict === 'uncheckable') expect(['archived-tables', 'not-in-sheets', 'statement', 'date-unknown'], c.id).toContain(c.rule);
      for (const f of c.figures) {
        if (f.verdict === 'uncheckable') expect(f.rule, `${c.id} ${f.key}`).toMatch(/archived-tables|not-in-sheets|statement/);
        else expect(f.values.length, `${c.id} ${f.key}`).toBeGreaterThan(0);
      }
      expect(c.figures.length + c.law.length + (c.verdict === 'uncheckable' ? 1 : 0), c.id).toBeGreaterThan(0);
    }
  });

  it('states the exact rows, states and territories of each sheet named in the three February 2026 claims', async () => {
    const expected = {
      'feb6-total': ['participating-2026-02-02.xlsx', 'participating-2026-02-06.xlsx', 'participating-2026-02-06-pm.xlsx'],
      'feb13-total': ['participating-2026-02-13.xlsx'],
      'top-states-feb': ['participating-2026-02-06.xlsx', 'participating-2026-02-06-pm.xlsx', 'participating-2026-02-13.xlsx'],
    };
    for (const [id, files] of Object.entries(expected)) {
      const c = byId(id);
      expect(c.sheets.map((s) => s.file), id).toEqual(files);
      for (const s of c.sheets) expect({ rows: s.rows, states: s.states, territories: s.territories }, `${id} ${s.file}`).toEqual(await rawFacts(s.file));
    }
    // The morning file of Feb 6 is read although the timeline keeps only the afternoon one.
    expect(byId('feb6-total').sheets.find((s) => !s.pm && s.date === '2026-02-06')?.used).toBe(false);
  });

  it('explains the published February totals with the named rules', () => {
    const f13 = byId('feb13-total').figures;
    expect(f13.find((f) => f.key === 'agreements')).toMatchObject({ verdict: 'close', rule: 'header-row' });
    expect(f13.find((f) => f.key === 'states')).toMatchObject({ verdict: 'differs', rule: 'gap' });
    expect(byId('feb6-total').figures.find((f) => f.key === 'agreements')).toMatchObject({ verdict: 'close', rule: 'earlier-sheet', file: 'participating-2026-02-02.xlsx' });
    expect(byId('top-states-feb').figures.find((f) => f.key === 'FL')).toMatchObject({ verdict: 'close', rule: 'digits-swapped' });
    expect(byId('top-states-feb').figures.find((f) => f.key === 'TN')?.verdict).toBe('matches');
  });

  it('checks the law claims against the stance in force on the publication date', () => {
    const mandate = byId('mandate-states').law;
    expect(mandate.map((l) => [l.state, l.verdict])).toEqual([['FL', 'matches'], ['GA', 'matches'], ['TX', 'matches'], ['AR', 'matches']]);
    const nm = byId('ban-states').law.find((l) => l.state === 'NM')!;
    expect(nm).toMatchObject({ verdict: 'close', rule: 'took-effect-later', atDate: { stance: 'none' }, today: 'prohibit' });
    expect(nm.measure!.effective! > nm.date).toBe(true);
    expect(byId('ban-states').law.find((l) => l.state === 'NY')).toMatchObject({ claimed: 'proposed', verdict: 'uncheckable', rule: 'date-unknown' });
    expect(byId('louisiana-order').law[0]).toMatchObject({ state: 'LA', claimed: 'order', verdict: 'differs', atDate: { stance: 'encourage' } });
  });

  it('says history claims cannot be checked yet and keeps the one sheet figure they hold', () => {
    expect(byId('none-under-biden')).toMatchObject({ verdict: 'uncheckable', rule: 'archived-tables' });
    const jan = byId('agencies-jan26');
    expect(jan.figures.filter((f) => f.verdict === 'uncheckable').map((f) => f.key).sort()).toEqual(['biden', 'end_first_term']);
    expect(jan.figures.find((f) => f.key === 'agencies')?.file).toBe('participating-2025-12-31.xlsx');
  });
});

describe('verdicts follow the numbers', () => {
  const rerun = (edit: (x: ClaimsInput) => ClaimsInput) => checkClaims(edit(input));
  const withSheet = (x: ClaimsInput, file: string, rows: (r: Sheet['rows']) => Sheet['rows']) => ({
    ...x, sheets: x.sheets.map((s) => (s.file === file ? { ...s, rows: rows(s.rows) } : s)),
  });

  it('one more row on the Feb 13 sheet turns "close: header row" into "matches"', () => {
    const more = rerun((x) => withSheet(x, 'participating-2026-02-13.xlsx', (r) => [...r, r[0]!]));
    expect(byId('feb13-total', more).figures.find((f) => f.key === 'agreements')).toMatchObject({ verdict: 'matches', rule: 'equal' });
  });

  it('one Florida row fewer on Feb 13 (341) is no longer two swapped digits of 324', () => {
    let dropped = false;
    const fewer = rerun((x) => withSheet(x, 'participating-2026-02-13.xlsx', (r) => r.filter((row) => dropped || row.state !== 'FL' || !(dropped = true))));
    expect(byId('top-states-feb', fewer).figures.find((f) => f.key === 'FL')).toMatchObject({ verdict: 'differs', rule: 'gap' });
    expect(byId('top-states-feb', fewer).figures.find((f) => f.key === 'FL')!.values.at(-1)!.value).toBe(341);
  });

  it('New Mexico matches when its ban is in force by the publication date', () => {
    const periods = new Map(input.periods);
    periods.set('NM', [{ stance: 'none', from: '2017-01-01', to: '2026-01-31', because: null }, { stance: 'prohibit', from: '2026-02-01', to: null, because: null }]);
    const earlier = rerun((x) => ({ ...x, periods }));
    expect(byId('ban-states', earlier).law.find((l) => l.state === 'NM')).toMatchObject({ verdict: 'matches', rule: 'in-force' });
  });

  it('stops with the file and field for a figure or sheet it cannot check', () => {
    const claims = input.claims.map((c) => (c.id === 'states-39' ? { ...c, figures: { sheriffs: 39 } } : c));
    expect(() => checkClaims({ ...input, claims })).toThrow(/news-claims\.yaml, column claims\[3\]\.figures\.sheriffs: expected a figure this check knows/);
    const badSheet = input.claims.map((c) => (c.id === 'states-39' ? { ...c, check: { ...c.check, sheet: 'around Valentine’s Day' } } : c));
    expect(() => checkClaims({ ...input, claims: badSheet })).toThrow(/claims\[3\]\.check\.sheet: expected sheets the pipeline has/);
  });
});
