/**
 * Renames are not terminations: one test per identity rule (same agreement URL; reviewed alias with the
 * same state, model and signed date, following in time), the alias file's checks, and the real data:
 * the examples are never "removed" on /changes/, Maryland's nine are real terminations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import { canonicalIds, nameSimilarity, readAliases, resolveRenames } from '../../data-pipeline/steps/resolve-renames.ts';
import { Warnings } from '../../data-pipeline/errors.ts';
import type { Agreement, Changes } from '../../data-pipeline/schema/records.ts';
import { comparePair } from '../../src/lib/timeline.ts';

const DATES = ['2025-02-28', '2025-03-31', '2025-04-30'];
const g = (name: string, over: Partial<Agreement> = {}): Agreement => {
  const agencyId = `fl-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
  return {
    id: `${agencyId}--tfm`, agencyId, agencyName: name, state: 'FL', stateFips: '12', agencyType: 'municipal', model: 'TFM', signed: '2025-02-26',
    countyFips: null, countyName: null, firstSeen: '2025-02-28', lastSeen: '2025-04-30', active: true, moaUrl: null, renamedTo: null, ...over,
  };
};
const old = (name: string, over: Partial<Agreement> = {}) => g(name, { lastSeen: '2025-02-28', active: false, ...over });
const neu = (name: string, over: Partial<Agreement> = {}) => g(name, { firstSeen: '2025-03-31', ...over });
const aliasCsv = (...lines: string[]) => readAliases('agency-aliases.csv', ['state,model,signed,from,to,reason', ...lines].join('\n'));
const run = (agreements: Agreement[], aliases = aliasCsv()) => {
  const warnings = new Warnings();
  return { renames: resolveRenames(agreements, DATES, aliases, 'agency-aliases.csv', warnings), warnings: warnings.list() };
};
const PDF = 'https://www.ice.gov/doclib/287gMOA/x.pdf';

describe('rule 1: the same signed agreement URL', () => {
  it('links an ended name to the name listed next with the same PDF', () => {
    const { renames } = run([old('Ft. Myers Police Department', { moaUrl: PDF }), neu('Fort Myers Police Department', { moaUrl: PDF })]);
    expect([...renames.values()]).toEqual([{ from: 'fl-ft-myers-police-department--tfm', to: 'fl-fort-myers-police-department--tfm', rule: 'moa-url', reason: 'same signed agreement (PDF) on ice.gov' }]);
  });
  it('not across models or states, and not when two agreements share the PDF (reported)', () => {
    expect(run([old('A Police', { moaUrl: PDF }), neu('B Police', { moaUrl: PDF, model: 'WSO', id: 'fl-b-police--wso' })]).renames.size).toBe(0);
    expect(run([old('A Police', { moaUrl: PDF }), neu('B Police', { moaUrl: PDF, state: 'GA' })]).renames.size).toBe(0);
    const r = run([old('A Police', { moaUrl: PDF }), neu('B Police', { moaUrl: PDF }), neu('C Police', { moaUrl: PDF })]);
    expect(r.renames.size).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['rename-ambiguous-moa-url']);
  });
  it('not when the new name appeared long after the old one ended', () => {
    expect(run([old('A Police', { moaUrl: PDF }), neu('B Police', { moaUrl: PDF, firstSeen: '2025-04-30' })]).renames.size).toBe(0);
  });
});

describe('rule 2: a reviewed alias with the same state, model and signed date', () => {
  const pair = [old('City of Melbourne Police Department'), neu('Melbourne Police Department'), neu('Melbourne Beach Police Department')];
  it('a look-alike pair is only reported until the alias file confirms it', () => {
    const r = run(pair);
    expect(r.renames.size).toBe(0);
    expect(r.warnings.find((w) => w.code === 'rename-candidate-unreviewed')?.count).toBe(2);
    const confirmed = run(pair, aliasCsv('FL,TFM,2025-02-26,City of Melbourne Police Department,Melbourne Police Department,"""City of"" dropped"'));
    expect(confirmed.renames.get('fl-city-of-melbourne-police-department--tfm')).toMatchObject({ to: 'fl-melbourne-police-department--tfm', rule: 'alias', reason: '"City of" dropped' });
  });
  it.each([
    ['a different signed date', 'FL,TFM,2025-03-01,City of Melbourne Police Department,Melbourne Police Department,x', /row 2, column signed: expected the signed date of both agreements/],
    ['an agreement that is still listed', 'FL,TFM,2025-02-26,Melbourne Police Department,Melbourne Beach Police Department,x', /row 2, column from: expected an agreement no longer listed/],
    ['a name that is not in the sheets', 'FL,TFM,2025-02-26,City of Melbourne Police Department,Melbourne PD,x', /row 2, column to: expected an agreement in the sheets/],
    ['a missing reason', 'FL,TFM,2025-02-26,City of Melbourne Police Department,Melbourne Police Department,', /row 2, column reason: expected a reason for the alias/],
  ])('rejects %s with file, row and column', (_n, line, message) => {
    expect(() => run(pair, aliasCsv(line))).toThrow(message);
  });
  it('rejects a pair that does not follow in time', () => {
    expect(() => run([old('A Police'), neu('B Police', { firstSeen: '2025-04-30' })], aliasCsv('FL,TFM,2025-02-26,A Police,B Police,x'))).toThrow(/column to: expected a name first listed after/);
  });
});

describe('helpers', () => {
  it('name similarity folds "City of", "Dept." and case; typos stay close, other towns do not', () => {
    expect(nameSimilarity('City of Melbourne Police Department', 'Melbourne Police Department')).toBe(1);
    expect(nameSimilarity('Iowa Dept. of Public Safety', 'Iowa Department of Public Safety')).toBe(1);
    expect(nameSimilarity("Okfusfee County Sheriff's Office", "Okfuskee County Sheriff's Office")).toBeGreaterThan(0.9);
    expect(nameSimilarity('Macro Island Police Department', 'Lakeland Police Department')).toBeLessThan(0.8);
  });
  it('a chain of renames ends at the current name', () => {
    const r = new Map([['a', { from: 'a', to: 'b', rule: 'alias' as const, reason: '' }], ['b', { from: 'b', to: 'c', rule: 'alias' as const, reason: '' }]]);
    expect(['a', 'b', 'c', 'd'].map(canonicalIds(r))).toEqual(['c', 'c', 'c', 'd']);
  });
});

describe('renames on the real sheets', () => {
  let result: PipelineResult;
  let agreements: Array<Record<string, string>>;
  beforeAll(async () => {
    result = await runPipeline({ quiet: true });
    const [head, ...lines] = String(result.files.get('agreements.csv')).trim().split('\n');
    const { csvParse } = await import('d3-dsv');
    agreements = csvParse([head, ...lines].join('\n'));
  }, 60_000);

  it('of the 130 agreements no longer listed, 44 are renames and 86 real terminations; no look-alike is left unreviewed', () => {
    const ended = agreements.filter((a) => a.active === 'false');
    expect(ended).toHaveLength(130);
    expect(ended.filter((a) => a.renamed_to).length).toBe(44);
    expect(result.warnings.list().find((w) => w.code === 'rename-candidate-unreviewed')).toBeUndefined();
  });

  it("Maryland's nine ended agreements are real terminations", () => {
    const md = agreements.filter((a) => a.state === 'MD' && a.active === 'false');
    expect(md).toHaveLength(9);
    expect(md.every((a) => a.renamed_to === '')).toBe(true);
  });

  it("/changes/ never lists the issue's renames as removed, and 2025-02-28 -> 2026-05-18 keeps AK and Boca Raton", () => {
    const changes = JSON.parse(String(result.files.get('changes.json'))) as Changes;
    const examples = ['Department of Corrections', 'City of Melbourne Police Department', 'Boca Raton Police Department', 'City of Zephyrhills Police Department'];
    for (const c of changes) expect(c.removed.map((r) => r.agency).filter((n) => examples.includes(n)), c.date).toEqual([]);
    const pair = comparePair(changes, '2025-02-28', '2026-05-18');
    expect(pair.removed.map((r) => `${r.state} ${r.agency}`).filter((n) => /^AK Department of Corrections$|Boca Raton/.test(n))).toEqual([]);
    // Maryland's sheriffs listed on 2025-02-28 (the other six signed later) are removed: real terminations.
    expect(pair.removed.filter((r) => r.state === 'MD').map((r) => r.agency)).toEqual(["Cecil County Sheriff's Office", "Frederick County Sheriff's Office", "Harford County Sheriff's Office"]);
  });
});
