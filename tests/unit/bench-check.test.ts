/** `npm run bench:check` on hand-made bench.json files: passes within budget, fails listing each miss. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { missedBudgets, type BenchJson } from '../../scripts/bench-budgets.ts';

const good: BenchJson = {
  home: { firstViewGzip: 60 * 1024, jsGzip: 12 * 1024 },
  lighthouse: [
    { page: '/', perf: 100, a11y: 100, best: 100, seo: 100, lcpMs: 700, tbtMs: 0, cls: 0 },
    { page: '/states/tx/', perf: 100, a11y: 100, best: 100, seo: 100, lcpMs: 790, tbtMs: 20 },
    { page: '/explore/', perf: 96, a11y: 100, best: 100, seo: 100, lcpMs: 1200, tbtMs: 90 },
    { page: '/embed/', status: 'not built' },
  ],
};

function runCheck(bench: unknown): { code: number; out: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cd-bench-')), 'bench.json');
  fs.writeFileSync(file, JSON.stringify(bench));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-check.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('bench budgets', () => {
  it('a bench within every budget passes (a page not built is noted, not failed)', () => {
    expect(missedBudgets(good)).toEqual([]);
    const r = runCheck(good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('note: /embed/ not built');
    expect(r.out).toContain('all budgets met');
  });
  it('each missed budget is listed and the command exits non-zero', () => {
    const bad = structuredClone(good);
    bad.home = { firstViewGzip: 81 * 1024, jsGzip: 21 * 1024 };
    bad.lighthouse![1] = { page: '/states/tx/', perf: 98, a11y: 100, best: 96, seo: 100, lcpMs: 1200, tbtMs: 60 };
    expect(missedBudgets(bad)).toEqual([
      'home first view 81.0 KB gzip > 80.0 KB',
      'home JS 21.0 KB gzip > 20.0 KB',
      '/states/tx/: Lighthouse perf 98 < 100',
      '/states/tx/: Lighthouse best 96 < 100',
      '/states/tx/: LCP 1200 ms > 800 ms',
      '/states/tx/: TBT 60 ms > 50 ms',
    ]);
    const r = runCheck(bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('6 budget(s) missed');
    expect(r.out).toContain('/states/tx/: LCP 1200 ms > 800 ms');
  });
  it('issue 17 numbers: landing pages LCP 0.8 s and CLS 0; the explorer 95 / 100 ms; click to map 1.5 s', () => {
    const rows = good.lighthouse!;
    expect(missedBudgets({ ...good, lighthouse: [{ ...rows[0]!, lcpMs: 801 }] })).toEqual(['/: LCP 801 ms > 800 ms']);
    expect(missedBudgets({ ...good, lighthouse: [{ ...rows[0]!, cls: 0.0185 }] })).toEqual(['/: CLS 0.0185 > 0']);
    expect(missedBudgets({ ...good, lighthouse: [{ ...rows[0]!, page: '/methodology/', lcpMs: 950 }] })).toEqual([]);
    expect(missedBudgets({ ...good, lighthouse: [{ ...rows[2]!, perf: 94, tbtMs: 101 }] })).toEqual(['/explore/: Lighthouse perf 94 < 95', '/explore/: TBT 101 ms > 100 ms']);
    expect(missedBudgets({ ...good, explorerFromClick: { medianMs: 1600 } })).toEqual(['explorer click to interactive 1600 ms > 1500 ms']);
  });
  it('embeds are noindex by design: their SEO score is not budgeted, everything else still is', () => {
    const embed = { page: '/embed/', perf: 100, a11y: 100, best: 100, seo: 66, lcpMs: 700, tbtMs: 0 };
    expect(missedBudgets({ ...good, lighthouse: [embed] })).toEqual([]);
    expect(missedBudgets({ ...good, lighthouse: [{ ...embed, a11y: 90 }] })).toEqual(['/embed/: Lighthouse a11y 90 < 100']);
    expect(missedBudgets({ ...good, lighthouse: [{ ...embed, page: '/states/tx/' }] })).toEqual(['/states/tx/: Lighthouse seo 66 < 100']);
  });

  it('an empty or missing bench fails rather than passing silently', () => {
    expect(missedBudgets({})).toEqual(['home: no first-view byte numbers (run `npm run bench`)', 'no Lighthouse results (run `npm run bench`)']);
    expect(runCheck({}).code).toBe(1);
  });
});
