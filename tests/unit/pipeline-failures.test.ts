/**
 * Bad input stops the run with a message naming file, sheet, row and column, and the previous
 * outputs stay exactly as they were (atomic write).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, POLICY, runPipeline } from '../../data-pipeline/build.ts';
import { writeOutputsAtomically } from '../../data-pipeline/steps/write-outputs.ts';
import { toCsv } from '../../data-pipeline/steps/format-csv.ts';
import { HEADER_V4, makeSources, row, tempDir, utc, xlsxBytes } from '../support/fixtures.ts';

const good = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
const other = row('FLORIDA', "Flager County Sheriff's Office", 'County', 'Flager County', 'Task Force Model', utc(2025, 3, 3));

function previousOutputs(): string {
  const out = path.join(tempDir('cd-out-'), 'data');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'summary.json'), '{"previous":true}');
  return out;
}
const unchanged = (out: string) => {
  expect(fs.readdirSync(out)).toEqual(['summary.json']);
  expect(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')).toBe('{"previous":true}');
  expect(fs.readdirSync(path.dirname(out)).filter((f) => f.includes('tmp'))).toEqual([]);
};

describe('pipeline failures leave the previous outputs untouched', () => {
  const cases: Array<[string, Record<string, unknown[][] | Buffer> | (() => Promise<Record<string, unknown[][] | Buffer>>), RegExp]> = [
    ['missing column', { 'participating-2026-01-01.xlsx': [HEADER_V4.filter((h) => h !== 'STATE'), good.slice(1)] }, /participating-2026-01-01\.xlsx, sheet "Sheet1", row 1: expected a "STATE" column/],
    ['unknown state', { 'participating-2026-01-01.xlsx': [HEADER_V4, good, row('NARNIA', 'X Police', 'Municipality', null, 'Task Force Model', utc(2025, 1, 1))] }, /row 3, column A \(STATE\): expected a US state or territory name; found "NARNIA"/],
    ['bad date', { 'participating-2026-01-01.xlsx': [HEADER_V4, good, row('TEXAS', 'Y Police', 'Municipality', null, 'Task Force Model', '31.02.2025')] }, /row 3, column F \(SIGNED\): expected a date.*"31\.02\.2025"/],
    ['duplicate row', { 'participating-2026-01-01.xlsx': [HEADER_V4, good, other, good] }, /participating-2026-01-01\.xlsx, sheet "Sheet1", row 4: expected one row per agency and model; this repeats row 2/],
    ['empty sheet', { 'participating-2026-01-01.xlsx': [HEADER_V4] }, /participating-2026-01-01\.xlsx, sheet "Sheet1": expected at least one data row/],
    ['truncated file', async () => ({ 'participating-2026-01-01.xlsx': (await xlsxBytes([HEADER_V4, good])).subarray(0, 300) }), /participating-2026-01-01\.xlsx: expected a readable \.xlsx workbook/],
    ['unknown file name', { 'latest-agencies.xlsx': [HEADER_V4, good] }, /ice-287g\/latest-agencies\.xlsx: expected a name like participating-YYYY-MM-DD/],
  ];
  it.each(cases)('%s', async (_name, sheets, message) => {
    const sources = await makeSources((typeof sheets === 'function' ? await sheets() : sheets) as never);
    const out = previousOutputs();
    await expect(runPipeline({ sources, out, quiet: true })).rejects.toThrow(message);
    unchanged(out);
  });

  it('stops on a policy measure without its Spanish summary (no silent English fallback)', async () => {
    const es = fs.readFileSync(path.join(DEFAULT_SOURCES, POLICY.spanish), 'utf8').split('\n');
    const start = es.findIndex((l) => /^ {2}DE:/.test(l));
    const at = es.findIndex((l, i) => i > start && /^ {8}summary:/.test(l));
    es.splice(at, 1);
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good] });
    fs.writeFileSync(path.join(sources, POLICY.spanish), es.join('\n'));
    const out = previousOutputs();
    await expect(runPipeline({ sources, out, quiet: true })).rejects.toThrow(
      /^policy\/state-policies-v2\.es\.yaml, row \d+, column states\.DE\.measures\[0\]\.summary: expected a "summary" field/,
    );
    unchanged(out);
  });

  it('carries the Spanish policy texts into the state files, and no editors-only text', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good] });
    const r = await runPipeline({ sources, quiet: true });
    const de = JSON.parse(String(r.files.get('states/de.json')));
    expect(de.policy.measures[0].summaryEs).toMatch(/\S/);
    expect(de.policy.measures[0].summaryEs).not.toBe(de.policy.measures[0].summary);
    expect(de.policy.readerNoteEs).toMatch(/Delaware/);
    for (const [file, body] of r.files) expect(String(body), file).not.toMatch(/research_open|researchOpen/);
  });

  it('renders hostile strings as data and writes them escaped in CSV and JSON', async () => {
    const hostile = row('TEXAS', '<script>alert("x")</script> =HYPERLINK("http://evil") Police', 'Municipality', 'Harrison County', 'Task Force Model', utc(2025, 5, 1));
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good, hostile] });
    const r = await runPipeline({ sources, quiet: true });
    const csv = String(r.files.get('agreements.csv'));
    expect(csv).toContain('"<script>alert(""x"")</script> =HYPERLINK(""http://evil"") Police"');
    const tx = JSON.parse(String(r.files.get('states/tx.json')));
    expect(tx.agencies.map((a: { name: string }) => a.name)).toContain('<script>alert("x")</script> =HYPERLINK("http://evil") Police');
  });

  it('prefixes agency names starting with = + - @ with an apostrophe in every English and Spanish CSV', async () => {
    const names = ['=HYPERLINK("http://evil","x")', '+1 Police Department', '-2 Police Department', '@SUM(A1) Police'];
    const sheet = [HEADER_V4, good, ...names.map((n) => row('TEXAS', n, 'Municipality', 'Harrison County', 'Task Force Model', utc(2025, 5, 1)))];
    const r = await runPipeline({ sources: await makeSources({ 'participating-2026-01-01.xlsx': sheet }), quiet: true });
    const files = ['agreements.csv', 'agencies.csv', 'states/tx.csv', 'es/agreements.csv', 'es/agencies.csv', 'es/states/tx.csv'];
    for (const f of files) {
      const csv = String(r.files.get(f));
      const cells = csv.split('\n').flatMap((line) => line.split(','));
      // No unquoted or quoted cell may start with a formula character; each name appears escaped once.
      expect(cells.filter((c) => /^"?[=+\-@\t\r]/.test(c)), f).toEqual([]);
      expect(csv, f).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
      for (const n of names.slice(1)) expect(csv, f).toContain(`,'${n},`);
    }
    // Names are whitespace-trimmed on the way in; the guard still covers a leading tab or CR.
    expect(toCsv([{ a: '\tcmd', b: '\r=1+1', c: 'ok' }], [{ key: 'a' }, { key: 'b' }, { key: 'c' }], ['a', 'b', 'c'])).toBe(`a,b,c\n'\tcmd,"'\r=1+1",ok\n`);
  });

  it('writes a complete new set on success, replacing the old one', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good, other] });
    const out = previousOutputs();
    const r = await runPipeline({ sources, out, quiet: true });
    expect(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')).national.agreements).toBe(2);
    expect(fs.readdirSync(out).sort()).toEqual([...new Set([...r.files.keys()].map((f) => f.split('/')[0]!))].sort());
    // county-name-fixes: "Flager County" is corrected to Flagler (12035)
    expect(String(r.files.get('agreements.csv'))).toMatch(/fl-flager-county-sheriffs-office--tfm.*,12035,Flagler,/);
  });

  it('exits non-zero from the command line with the message and no stack trace', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good, good] });
    const out = previousOutputs();
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'data-pipeline/build.ts', '--sources', sources, '--out', out], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/Input error: participating-2026-01-01\.xlsx, sheet "Sheet1", row 3: expected one row per agency and model/);
    expect(stderr).toContain('Nothing was written; the previous outputs are unchanged.');
    unchanged(out);
  });
});

describe('writeOutputsAtomically', () => {
  it('refuses paths that escape the folder and keeps the old folder', () => {
    const out = previousOutputs();
    expect(() => writeOutputsAtomically(out, new Map([['a.json', '1'], ['../evil.json', 'x']]))).toThrow(/escapes/);
    unchanged(out);
  });
});
