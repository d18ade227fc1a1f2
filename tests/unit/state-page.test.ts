/** src/lib/state-page.ts: slugs, neighbours, similar states, counts by agency type and the chart geometry. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import { byAgencyType, locatorMap, nameSlug, neighbourMap, similarStates, timelineGeometry } from '@lib/state-page.ts';
import type { StateDetail, StateSummary, Summary } from '@schema/records.ts';

const topo = JSON.parse(fs.readFileSync('public/data/states-albers.topojson', 'utf8')) as Topology;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const tx = JSON.parse(fs.readFileSync('public/data/states/tx.json', 'utf8')) as StateDetail;

describe('nameSlug', () => {
  it('folds case, accents and punctuation to single hyphens', () => {
    expect(nameSlug('New York')).toBe('new-york');
    expect(nameSlug('District of Columbia')).toBe('district-of-columbia');
    expect(nameSlug('Nuevo México')).toBe('nuevo-mexico');
    expect(nameSlug('  St. Louis — City ')).toBe('st-louis-city');
    expect(nameSlug("O'Brien")).toBe('o-brien');
  });
});

describe('neighbourMap (real Albers topology)', () => {
  const nb = neighbourMap(topo);
  it('knows the land borders of a few states, and that island and exclave states have none', () => {
    expect([...nb.get('CA')!].sort()).toEqual(['AZ', 'NV', 'OR']);
    expect(nb.get('ME')).toEqual(['NH']);
    expect([...nb.get('DC')!].sort()).toEqual(['MD', 'VA']);
    expect(nb.get('HI')).toEqual([]);
    expect(nb.get('AK')).toEqual([]);
    expect(nb.size).toBe(51);
  });
  it('is symmetric', () => {
    for (const [a, list] of nb) for (const b of list) expect(nb.get(b), `${a}-${b}`).toContain(a);
  });
});

describe('similarStates', () => {
  const s = (usps: string, stance: StateSummary['stance'], agreements: number, name = usps) => ({ usps, name, stance, agreements }) as StateSummary;
  it('same stance only, closest count first, ties by name, at most n, never the state itself', () => {
    const me = s('AA', 'encourage', 50);
    const all = [me, s('BB', 'encourage', 60), s('CC', 'encourage', 40, 'Aardvark'), s('DD', 'mandate', 50), s('EE', 'encourage', 100), s('FF', 'encourage', 49)];
    expect(similarStates(me, all).map((x) => x.usps)).toEqual(['FF', 'CC', 'BB', 'EE']);
    expect(similarStates(me, all, 2).map((x) => x.usps)).toEqual(['FF', 'CC']);
    expect(similarStates(s('ZZ', 'limit', 0), all)).toEqual([]);
  });
  it('on the real data every similar state shares the stance', () => {
    for (const st of summary.states) for (const x of similarStates(st, summary.states)) expect(x.stance).toBe(st.stance);
  });
});

describe('byAgencyType (Texas)', () => {
  it('matches a recount of the active Texas rows of agreements.csv by agency type', () => {
    const rows = csvParse(fs.readFileSync('public/data/agreements.csv', 'utf8')).filter((r) => r.state === 'TX' && r.active === 'true');
    const byType = new Map<string, { agencies: Set<string>; agreements: number }>();
    for (const r of rows) {
      const e = byType.get(r.agency_type!) ?? { agencies: new Set(), agreements: 0 };
      e.agencies.add(r.agency_id!);
      e.agreements++;
      byType.set(r.agency_type!, e);
    }
    const got = byAgencyType(tx);
    expect(Object.fromEntries(got.map((x) => [x.type, [x.agencies, x.agreements]])))
      .toEqual(Object.fromEntries([...byType].map(([k, v]) => [k, [v.agencies.size, v.agreements]])));
    expect(got.reduce((n, x) => n + x.agreements, 0)).toBe(tx.summary.agreements);
    expect(got.every((x) => x.agencies > 0)).toBe(true);
  });
});

describe('timelineGeometry', () => {
  const detail = {
    signedByMonth: [{ month: '2025-01', cumulative: 2 }, { month: '2025-06', cumulative: 7 }],
    series: [{ date: '2025-02-01', agreements: 3 }, { date: '2025-09-01', agreements: 9 }],
  } as StateDetail;
  const g = timelineGeometry(detail, '2025-12-01', new Set(['2025-02-01']));

  it('places points left to right by date, higher counts higher, inside the margins', () => {
    const [a, b] = g.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.y).toBeLessThan(a!.y);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.margin.left);
      expect(p.x).toBeLessThanOrEqual(g.width - g.margin.right);
      expect(p.y).toBeGreaterThanOrEqual(g.margin.top);
      expect(p.y).toBeLessThanOrEqual(g.height - g.margin.bottom);
    }
    expect(g.points.map((p) => [p.date, p.agreements, p.wayback])).toEqual([['2025-02-01', 3, true], ['2025-09-01', 9, false]]);
  });

  it('draws the step line from the first signed month to the as-of date, ending at the right edge', () => {
    expect(g.step.startsWith(`M${g.margin.left},`)).toBe(true);
    const last = g.step.match(/(-?[\d.]+),(-?[\d.]+)$/)!;
    expect(Number(last[1])).toBe(g.width - g.margin.right);
    // Step after: each horizontal run, then a vertical jump (H/V pairs as L commands with one coordinate kept).
    expect(g.step).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });

  it('y ticks are whole numbers from 0 and a shared scale widens the axes', () => {
    expect(g.yTicks[0]!.value).toBe(0);
    expect(g.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    const shared = timelineGeometry(detail, '2025-12-01', new Set(), 480, 250, { start: '2024-01-01', yMax: 90 });
    expect(Math.max(...shared.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(90);
    expect(shared.points[0]!.x).toBeGreaterThan(g.points[0]!.x);
  });

  it('a state with no signed month has no step line', () => {
    expect(timelineGeometry({ signedByMonth: [], series: [] } as unknown as StateDetail, '2025-12-01', new Set()).step).toBe('');
  });
});

describe('locatorMap (real Albers topology)', () => {
  it('rings small states only, and frames the topology’s box', () => {
    expect(locatorMap(topo, 'TX').small).toBe(false);
    expect(locatorMap(topo, 'RI').small).toBe(true);
    expect(locatorMap(topo, 'DC').small).toBe(true);
    const [x0, y0, x1, y1] = topo.bbox!;
    expect(locatorMap(topo, 'TX').viewBox).toBe([x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8].map(Math.round).join(' '));
  });
  /** The points of compact relative path data (m/l/z, see lib/map/compact-path.ts), made absolute again. */
  const absolutePoints = (d: string): [number, number][] => {
    const tokens = d.match(/[mlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
    const pts: [number, number][] = [];
    let at: [number, number] = [0, 0];
    let start = at;
    for (let i = 0; i < tokens.length; ) {
      const tok = tokens[i]!;
      if (tok === 'z') { at = start; i++; continue; }
      if (tok === 'm' || tok === 'l') { i++; continue; }
      at = [at[0] + Number(tok), at[1] + Number(tokens[i + 1])];
      if (tokens[i - 1] === 'm') start = at;
      pts.push(at);
      i += 2;
    }
    return pts;
  };

  it('draws the state apart from the others, with its centre inside its box', () => {
    const m = locatorMap(topo, 'TX');
    expect(m.own.startsWith('m')).toBe(true);
    expect(m.others.length).toBeGreaterThan(m.own.length);
    const xs = absolutePoints(m.own);
    expect(xs.length).toBeGreaterThan(50);
    expect(m.cx).toBeGreaterThan(Math.min(...xs.map((p) => p[0])));
    expect(m.cx).toBeLessThan(Math.max(...xs.map((p) => p[0])));
    expect(m.cy).toBeGreaterThan(Math.min(...xs.map((p) => p[1])));
    expect(m.cy).toBeLessThan(Math.max(...xs.map((p) => p[1])));
    expect(locatorMap(topo, 'GU')).toMatchObject({ own: '', cx: 0, cy: 0, small: false });
  });
});
