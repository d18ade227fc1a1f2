/**
 * Size limits on ICE input (data-pipeline/limits.ts, documented in data-pipeline/README.md): a
 * workbook that unpacks to more than 50 MB (honestly declared, or with a part's header lying), more
 * than 20,000 rows, a cell over 300 characters. Each stops the run with the file and place, quickly,
 * and the previous outputs stay as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../data-pipeline/build.ts';
import { readIceSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { HEADER_V4, makeSources, row, tempDir, utc, xlsxBytes } from '../support/fixtures.ts';
import { readZip, writeZip } from '../support/zip.ts';

const good = row('TEXAS', "Harrison County Sheriff's Office", 'County', 'Harrison County', 'Warrant Service Officer', utc(2025, 2, 24));
const SHEET = 'xl/worksheets/sheet1.xml';
let plain: Buffer;

/** The same workbook with 60 MB of spaces (valid XML whitespace) at the end of its sheet part. */
function padded(claimed?: number): Buffer {
  const parts = readZip(plain);
  const xml = parts.get(SHEET)!.toString();
  parts.set(SHEET, Buffer.concat([Buffer.from(xml.replace('</worksheet>', '')), Buffer.alloc(60 * 1024 * 1024, 0x20), Buffer.from('</worksheet>')]));
  return writeZip(parts, claimed === undefined ? {} : { [SHEET]: claimed });
}

beforeAll(async () => {
  plain = await xlsxBytes([HEADER_V4, good]);
});

describe('workbook size', () => {
  it('the zip tools round-trip a real workbook', async () => {
    expect((await readIceSheet('f.xlsx', writeZip(readZip(plain)))).rows).toHaveLength(1);
  });
  it('a part that unpacks to 60 MB is refused from the zip directory, before the reader inflates it', async () => {
    const bomb = padded();
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(readIceSheet('bomb.xlsx', bomb)).rejects.toThrow(
      /^bomb\.xlsx: expected a workbook that unpacks to at most 50\.0 MB; found "xl\/worksheets\/sheet1\.xml unpacks to 60\.0 MB \(60\.\d MB so far\)"$/,
    );
  });
  it('a part whose header claims 1 KB but unpacks to 60 MB is stopped at the limit', async () => {
    await expect(readIceSheet('liar.xlsx', padded(1024))).rejects.toThrow(
      'liar.xlsx: expected a workbook that unpacks to at most 50.0 MB; found "xl/worksheets/sheet1.xml unpacks to more than 50.0 MB (its header says 1 KB)"',
    );
  });
});

describe('rows and cells', () => {
  it('more than 20,000 data rows', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => row('TEXAS', `Agency ${i}`, 'County', null, 'Task Force Model', null));
    await expect(readIceSheet('many.xlsx', await xlsxBytes([HEADER_V4, ...rows]))).rejects.toThrow(
      'many.xlsx, sheet "Sheet1", row 20002: expected at most 20,000 data rows; found "20,001 rows"',
    );
  });

  it('a 300-character name is accepted; 301 or 2 million characters stop the run with row and column, quoting only the start', async () => {
    const at300 = await readIceSheet('ok.xlsx', await xlsxBytes([HEADER_V4, row('TEXAS', `${'N'.repeat(293)} Police`, 'Municipality', null, 'Task Force Model', null)]));
    expect(String(at300.rows[0]!.cells['LAW ENFORCEMENT AGENCY'])).toHaveLength(300);
    const long = 'Keller Police Department'.padEnd(2_000_000, ' Keller');
    const sources = await makeSources({ 'participating-2026-01-01.xlsx': [HEADER_V4, good, row('TEXAS', long, 'Municipality', null, 'Task Force Model', null)] });
    const out = path.join(tempDir('cd-out-'), 'data');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'summary.json'), '{"previous":true}');
    const err = await runPipeline({ sources, out, quiet: true }).catch((e: Error) => e);
    expect((err as Error).message).toBe(
      `participating-2026-01-01.xlsx, sheet "Sheet1", row 3, column B (LAW ENFORCEMENT AGENCY): expected at most 300 characters in a cell; found "${long.slice(0, 80)}"… (2,000,000 characters)`,
    );
    expect(fs.readdirSync(out)).toEqual(['summary.json']);
    const sheet = await xlsxBytes([HEADER_V4, row('TEXAS', 'A Police', 'Municipality', 'C'.repeat(301), 'Task Force Model', null)]);
    await expect(readIceSheet('county.xlsx', sheet)).rejects.toThrow(/^county\.xlsx, sheet "Sheet1", row 2, column D \(COUNTY\): expected at most 300 characters in a cell; found "C{301}"$/);
  });
});
