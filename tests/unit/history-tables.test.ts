/**
 * The archived ICE web tables (2017, 2021-2024): every file parses through the sheets' normalisation; each
 * capture's count equals an independent count of its lines; the 2024-12-18 table and the 2025-01-19
 * baseline hold the same 135 agreements; a link off ice.gov stops the build with file, row and column.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from '../../data-pipeline/build.ts';
import type { History } from '../../data-pipeline/schema/history.ts';
import type { Timeline } from '../../data-pipeline/schema/records.ts';
import { readHistoryFile } from '../../data-pipeline/steps/read-history-tables.ts';
import { normalizeSheet } from '../../data-pipeline/steps/normalize-agreements.ts';
import { moaLinks } from '../../data-pipeline/steps/moa-links.ts';
import { Warnings } from '../../data-pipeline/errors.ts';

const DIR = path.join(DEFAULT_SOURCES, 'ice-287g-history');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();
/** Capture date -> data lines, counted from the raw text (first 10 characters after the roster's quoted stamp). */
function lineCounts(): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of files) {
    for (const line of fs.readFileSync(path.join(DIR, f), 'utf8').trim().split('\n').slice(1)) {
      const date = /^(?:"\d+",)?(\d{4}-\d{2}-\d{2})/.exec(line)![1]!;
      out.set(date, (out.get(date) ?? 0) + 1);
    }
  }
  return out;
}

describe('archived ICE web tables', () => {
  let result: PipelineResult;
  let history: History;
  beforeAll(async () => {
    result = await runPipeline({ quiet: true });
    history = JSON.parse(String(result.files.get('history.json')));
  }, 60_000);

  it('all 21 files parse into 25 captures whose rows equal an independent count of their lines', () => {
    expect(files).toHaveLength(21);
    expect(Object.fromEntries(history.captures.map((c) => [c.date, c.rows]))).toEqual(Object.fromEntries(lineCounts()));
  });

  it('150 agreements in January 2021, 135 in December 2024; 2017 from 37 to 58, all Jail Enforcement', () => {
    const at = (d: string) => history.captures.find((c) => c.date === d)!;
    expect([at('2021-01-13').agreements, at('2024-12-18').agreements]).toEqual([150, 135]);
    expect(history.captures.filter((c) => c.date < '2018').map((c) => [c.agreements, c.byModel.JEM])).toEqual([[37, 37], [38, 38], [42, 42], [45, 45], [58, 58]]);
    expect(history.captures.every((c) => c.byModel.TFM === 0)).toBe(true);
  });

  it('the 2024-12-18 table and the 2025-01-19 baseline list the same 135 agreements', () => {
    const [capture] = readHistoryFile('t.csv', fs.readFileSync(path.join(DIR, 'html-table-2024-12-18.csv'), 'utf8'));
    const ids = new Set(normalizeSheet(capture!.sheet, capture!.date, new Warnings()).map((r) => `${r.agencyId}--${r.model.toLowerCase()}`));
    const baseline = new Set(csvParse(String(result.files.get('agreements.csv'))).filter((a) => a.first_seen === '2025-01-19').map((a) => a.agreement_id!));
    expect(ids.size).toBe(135);
    expect([...ids].filter((id) => !baseline.has(id))).toEqual([]);
    expect(baseline.size).toBe(135);
  });

  it('every 2021-2024 row links its agreement on ice.gov; the county is found from the name for most agencies', () => {
    for (const c of history.captures.filter((x) => x.date > '2018')) expect(c.moaLinks, c.date).toBe(c.rows);
    expect(history.countyMatch.agencies).toBe(163);
    expect(history.countyMatch.share).toBeGreaterThan(0.85);
  });

  it('a link off ice.gov stops the build with file, row and column', () => {
    const text = 'capture_date,capture_file,state,agency,support,signed,link,addendum,date_only\n2021-01-13 00:20:27,x.html,TEXAS,X Police,Warrant Service Officer,2020-01-01,https://evil.example/moa.pdf,,20210113\n';
    const [c] = readHistoryFile('html-table-2021-01-13.csv', text);
    expect(() => moaLinks(c!.sheet, [], new Warnings())).toThrow(/html-table-2021-01-13\.csv, sheet "2021-01-13", row 2, column link: expected a link to the signed agreement on https:\/\/www\.ice\.gov/);
  });

  it('months 2021-01 to 2024-12 of timeline.json use the newest capture by the month\'s end, and every state and model equals a count of its lines', () => {
    const tl = JSON.parse(String(result.files.get('timeline.json'))) as Timeline;
    const usps = new Map(result.summary.states.map((s) => [s.name.toUpperCase(), s.usps]));
    // date -> state -> [JEM, WSO], read from the raw 2021-2024 files with d3-dsv only.
    const raw = new Map<string, Map<string, [number, number]>>();
    for (const f of files.filter((x) => x.startsWith('html-table-'))) {
      for (const r of csvParse(fs.readFileSync(path.join(DIR, f), 'utf8'))) {
        const st = usps.get(r.state!.trim().toUpperCase());
        if (!st) continue;
        const byState = raw.get(r.capture_date!.slice(0, 10)) ?? raw.set(r.capture_date!.slice(0, 10), new Map()).get(r.capture_date!.slice(0, 10))!;
        const c = byState.get(st) ?? byState.set(st, [0, 0]).get(st)!;
        c[/^warrant/i.test(r.support!) ? 1 : 0]++;
      }
    }
    const dates = [...raw.keys()].sort();
    const archived = tl.months.filter((m) => m < '2025-01');
    expect(archived).toHaveLength(48);
    expect(archived[0]).toBe('2021-01');
    archived.forEach((m, i) => {
      const d = dates.filter((x) => x.slice(0, 7) <= m).at(-1)!;
      expect(tl.snapshotForMonth[i], m).toBe(d);
      const want = [...raw.get(d)!].map(([st, [jem, wso]]) => [st, jem + wso, jem, wso]).sort();
      const have = Object.keys(tl.states).filter((st) => tl.states[st]![i]! > 0).map((st) => [st, tl.states[st]![i], tl.stateModels[st]!.JEM[i], tl.stateModels[st]!.WSO[i]]).sort();
      expect(have, m).toEqual(want);
      expect(tl.national[i], m).toBe(want.reduce((n, w) => n + (w[1] as number), 0));
    });
  });
});
