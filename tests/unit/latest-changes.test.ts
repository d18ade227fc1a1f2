/** src/lib/latest-changes.ts: the default "What changed" comparison is the two newest sheets of changes.json. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { latestChangesCsv, latestPair } from '@lib/latest-changes.ts';
import type { Changes, Summary } from '@schema/records.ts';

const changes = JSON.parse(fs.readFileSync('public/data/changes.json', 'utf8')) as Changes;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const newest = changes.at(-1)!;
const ids = (list: Array<{ id: string }>) => list.map((c) => c.id).sort();

describe('latestPair', () => {
  const p = latestPair('en');
  it('compares the newest sheet with the one before it', () => {
    expect(p.to).toBe(newest.date);
    expect(p.from).toBe(newest.previous);
    expect(p.to).toBe(summary.asOf);
    expect(p.from < p.to).toBe(true);
  });
  it('between two consecutive sheets, the added and removed agreements are exactly the newest change list', () => {
    expect(ids(p.pair.added)).toEqual(ids(newest.added));
    expect(ids(p.pair.removed)).toEqual(ids(newest.removed));
    expect(p.pair.added.length + p.pair.removed.length).toBeGreaterThan(0);
  });
  it('rows are in the page’s order (state name, then agency)', () => {
    const names = p.pair.added.map((c) => `${p.nameOf(c.state)}\u0000${c.agency}`);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
  it('names places in the page’s language, territories included, and falls back to the code', () => {
    expect(p.nameOf('NM')).toBe('New Mexico');
    expect(latestPair('es').nameOf('NM')).toBe('Nuevo México');
    expect(p.nameOf('GU')).toBe('Guam');
    expect(p.nameOf('ZZ')).toBe('ZZ');
  });
});

describe('latestChangesCsv', () => {
  it('is a UTF-8 CSV with one row per added or removed agreement, header in the page’s language', async () => {
    const res = latestChangesCsv('en');
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const body = await res.text();
    const rows = csvParse(body);
    expect(rows).toHaveLength(newest.added.length + newest.removed.length);
    const kinds = rows.map((r) => Object.values(r)[0]);
    expect(kinds.filter((k) => k === 'added')).toHaveLength(newest.added.length);
    expect(new Set(rows.map((r) => Object.values(r)[1]))).toEqual(new Set([newest.previous]));
    const es = await latestChangesCsv('es').text();
    expect(es.split('\n')[0]).not.toBe(body.split('\n')[0]);
    // Same agreements (rows follow the Spanish place names, so the order may differ).
    const lastCol = (csv: string) => csvParse(csv).map((r) => Object.values(r).at(-1)).sort();
    expect(lastCol(es)).toEqual(lastCol(body));
  });
});
