import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateFromIceName, refresh } from '../../data-pipeline/refresh.ts';
import { HEADER_V4, makeSources, row, tempDir, utc, xlsxBytes } from '../support/fixtures.ts';

let server: http.Server;
let base = '';
const files = new Map<string, Buffer>();

beforeAll(async () => {
  files.set('/doclib/participatingAgencies06012026am.xlsx', await xlsxBytes([HEADER_V4, row('TEXAS', 'Keller Police Department', 'Municipality', 'Tarrant County', 'Warrant Service Officer', utc(2025, 8, 28))]));
  files.set('/doclib/participatingAgencies06022026am.xlsx', await xlsxBytes([HEADER_V4, row('ATLANTIS', 'X', 'County', null, 'Task Force Model', utc(2025, 1, 1))]));
  server = http.createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (!body) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function previousOutputs(): string {
  const out = path.join(tempDir('cd-out-'), 'data');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'summary.json'), '{"previous":true}');
  return out;
}

describe('refresh', () => {
  it('reads the date from ICE file names', () => {
    expect(dateFromIceName('participatingAgencies09222025pm.xlsx')).toEqual({ date: '2025-09-22', pm: true });
    expect(dateFromIceName('participatingAgencies05182026am.xlsx')).toEqual({ date: '2026-05-18', pm: false });
    expect(dateFromIceName('agencies.xlsx')).toBeNull();
  });

  it('downloads a new sheet over HTTP, stores it under our name and rebuilds', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24))] });
    const out = path.join(tempDir(), 'data');
    const r = await refresh({ input: `${base}/doclib/participatingAgencies06012026am.xlsx`, sources, out, quiet: true });
    expect(r.stored).toBe('participating-2026-06-01.xlsx');
    expect(fs.existsSync(path.join(sources, 'ice-287g', r.stored))).toBe(true);
    const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.asOf).toBe('2026-06-01');
    // The new sheet counts the same as the old one: one run of two sheets (data-pipeline/steps/snapshot-runs.ts).
    expect(summary.snapshots).toEqual([expect.objectContaining({ date: '2026-01-01', through: '2026-06-01', sheets: 2 })]);
    // Same bytes again: nothing to do.
    expect((await refresh({ input: `${base}/doclib/participatingAgencies06012026am.xlsx`, sources, out, quiet: true })).unchanged).toBe(true);
  });

  it('stores nothing when the download is bad or missing', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, row('TEXAS', 'A Police', 'Municipality', null, 'Task Force Model', utc(2025, 1, 1))] });
    const before = fs.readdirSync(path.join(sources, 'ice-287g')).sort();
    await expect(refresh({ input: `${base}/doclib/participatingAgencies06022026am.xlsx`, sources, quiet: true })).rejects.toThrow(/row 2, column A \(STATE\).*"ATLANTIS"/);
    await expect(refresh({ input: `${base}/doclib/missing06032026am.xlsx`, sources, quiet: true })).rejects.toThrow(/answered 404/);
    expect(fs.readdirSync(path.join(sources, 'ice-287g')).sort()).toEqual(before);
  });

  const harrison = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
  const keller = row('TEXAS', 'Keller Police Department', 'Municipality', 'Tarrant County', 'Warrant Service Officer', utc(2025, 8, 28));
  const local = async (name: string, rows: unknown[][]) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, await xlsxBytes(rows as never));
    return file;
  };

  it('stores an afternoon (pm) file under its -pm name, and that file stands for the date', async () => {
    const sources = await makeSources({ 'participating-2026-06-01.xlsx': [HEADER_V4, harrison] });
    const out = path.join(tempDir(), 'data');
    const r = await refresh({ input: await local('participatingAgencies06012026pm.xlsx', [HEADER_V4, harrison, keller]), sources, out, quiet: true });
    expect(r.stored).toBe('participating-2026-06-01-pm.xlsx');
    expect(fs.readdirSync(path.join(sources, 'ice-287g')).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(['participating-2026-06-01-pm.xlsx', 'participating-2026-06-01.xlsx']);
    const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.snapshots).toEqual([expect.objectContaining({ date: '2026-06-01', agreements: 2 })]);
  });

  it('--date names a file whose name has no date, and wins over a date in the name', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, harrison] });
    const r = await refresh({ input: await local('agencies.xlsx', [HEADER_V4, harrison, keller]), date: '2026-06-15', sources, quiet: true });
    expect(r.stored).toBe('participating-2026-06-15.xlsx');
    const r2 = await refresh({ input: await local('participatingAgencies06012026am.xlsx', [HEADER_V4, harrison, keller]), date: '2026-07-01', sources, quiet: true });
    expect(r2.stored).toBe('participating-2026-07-01.xlsx');
  });

  it('refuses a file for a date already stored with different bytes, and changes nothing', async () => {
    const sources = await makeSources({ 'participating-2026-06-01.xlsx': [HEADER_V4, harrison] });
    const stored = path.join(sources, 'ice-287g/participating-2026-06-01.xlsx');
    const before = fs.readFileSync(stored);
    const out = previousOutputs();
    await expect(refresh({ input: await local('participatingAgencies06012026am.xlsx', [HEADER_V4, harrison, keller]), sources, out, quiet: true }))
      .rejects.toThrow(/participating-2026-06-01\.xlsx: expected a snapshot date not already stored with different bytes/);
    expect(fs.readFileSync(stored).equals(before)).toBe(true);
    expect(fs.readdirSync(out)).toEqual(['summary.json']);
  });

  it('a sheet that passes validation but fails the pipeline (a 50 % drop without a note) is not kept', async () => {
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, harrison, keller] });
    const before = fs.readdirSync(path.join(sources, 'ice-287g')).sort();
    const out = previousOutputs();
    await expect(refresh({ input: await local('participatingAgencies06012026am.xlsx', [HEADER_V4, harrison]), sources, out, quiet: true }))
      .rejects.toThrow(/snapshot 2026-06-01: 2 -> 1 \(-50%\)/);
    expect(fs.readdirSync(path.join(sources, 'ice-287g')).sort()).toEqual(before);
    expect(fs.readdirSync(out)).toEqual(['summary.json']);
  });
});
