/**
 * datapackage.json describes every file the pipeline writes, and each CSV obeys its table schema: checked
 * here by a small validator of the Frictionless v1 rules we use (types, required, pattern, enum, uri),
 * reading the CSVs with d3-dsv, not the pipeline's writer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';

interface Field { name: string; type: string; format?: string; unit?: string; description: string; constraints?: { required?: boolean; pattern?: string; enum?: string[] } }
interface Resource { name: string; path: string; format: string; mediatype: string; profile?: string; schema?: { fields: Field[]; missingValues: string[] } }
const TYPE: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
};
/** Problems of one cell against its field, or []. */
export function cellProblems(f: Field, v: string): string[] {
  if (v === '') return f.constraints?.required ? ['required'] : [];
  const out: string[] = [];
  if (!TYPE[f.type]!(v)) out.push(`not a ${f.type}`);
  if (f.format === 'uri' && !/^https:\/\/[^\s]+$/.test(v)) out.push('not a uri');
  if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) out.push(`not ${f.constraints.pattern}`);
  if (f.constraints?.enum && !f.constraints.enum.includes(v)) out.push('not in enum');
  return out;
}

describe('datapackage.json', () => {
  let result: PipelineResult;
  let pkg: { name: string; profile: string; licenses: Array<{ name: string }>; sources: Array<{ title: string }>; resources: Resource[] };
  beforeAll(async () => {
    result = await runPipeline({ quiet: true });
    pkg = JSON.parse(String(result.files.get('datapackage.json')));
  }, 60_000);

  it('is a data package with a name, licence, sources and one resource per output file', () => {
    expect(pkg.profile).toBe('data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses[0]!.name).toBe('MIT');
    expect(pkg.sources.length).toBeGreaterThan(3);
    const described = pkg.resources.map((r) => r.path).sort();
    expect(described).toEqual([...result.files.keys()].filter((p) => p !== 'manifest.json' && p !== 'datapackage.json').sort());
    for (const r of pkg.resources) expect(r.name, r.path).toMatch(/^[a-z0-9._-]+$/);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it('every CSV has the schema fields as its header, and every cell obeys its field', () => {
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    expect(csvs.length).toBeGreaterThan(100); // 51 state files in two languages + the national files
    let cells = 0;
    for (const r of csvs) {
      const rows = csvParse(String(result.files.get(r.path)));
      expect(rows.columns, r.path).toEqual(r.schema!.fields.map((f) => f.name));
      const problems: string[] = [];
      for (const [i, row] of rows.entries()) {
        for (const f of r.schema!.fields) {
          cells++;
          // A leading apostrophe guards spreadsheet formulas (format-csv.ts) in free-text fields only.
          for (const p of cellProblems(f, row[f.name] ?? '')) problems.push(`${r.path} row ${i + 2} ${f.name}="${row[f.name]}": ${p}`);
        }
      }
      expect(problems.slice(0, 5), r.path).toEqual([]);
    }
    expect(cells).toBeGreaterThan(100_000);
  });

  it('units are given for counts of people and shares', () => {
    const people = pkg.resources.find((r) => r.path === 'people-covered.csv')!;
    expect(Object.fromEntries(people.schema!.fields.filter((f) => f.unit).map((f) => [f.name, f.unit]))).toEqual({
      residents_covered: 'people', residents: 'people', share: 'fraction (0-1)', counties_covered: 'counties',
    });
  });

  it('the validator catches a wrong type, a missing required value and a value outside the enum', () => {
    expect(cellProblems({ name: 'n', type: 'integer', description: '' }, '12.5')).toEqual(['not a integer']);
    expect(cellProblems({ name: 'n', type: 'string', description: '', constraints: { required: true } }, '')).toEqual(['required']);
    expect(cellProblems({ name: 'm', type: 'string', description: '', constraints: { enum: ['JEM'] } }, 'XYZ')).toEqual(['not in enum']);
    expect(cellProblems({ name: 'u', type: 'string', format: 'uri', description: '' }, 'javascript:alert(1)')).toEqual(['not a uri']);
  });
});
