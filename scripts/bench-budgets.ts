/**
 * The performance budgets from issue 9, checked against bench-results/bench.json (written by
 * `npm run bench`). Pure: returns one line per missed budget, empty when all are met.
 */
export const BUDGETS = {
  homeFirstViewGzip: 80 * 1024,
  homeJsGzip: 20 * 1024,
  lcpMs: 1000,
  tbtMs: 50,
  score: 100,
} as const;

export interface LighthouseRow {
  page: string;
  status?: string;
  perf?: number;
  a11y?: number;
  best?: number;
  seo?: number;
  lcpMs?: number;
  tbtMs?: number;
}
export interface BenchJson {
  home?: { firstViewGzip: number; jsGzip: number };
  lighthouse?: LighthouseRow[];
}

/** Pages that carry <meta name="robots" content="noindex"> by design. */
export const NOINDEX = /^\/(es\/)?embed\//;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function missedBudgets(bench: BenchJson): string[] {
  const missed: string[] = [];
  if (!bench.home) missed.push('home: no first-view byte numbers (run `npm run bench`)');
  else {
    if (bench.home.firstViewGzip > BUDGETS.homeFirstViewGzip) missed.push(`home first view ${kb(bench.home.firstViewGzip)} gzip > ${kb(BUDGETS.homeFirstViewGzip)}`);
    if (bench.home.jsGzip > BUDGETS.homeJsGzip) missed.push(`home JS ${kb(bench.home.jsGzip)} gzip > ${kb(BUDGETS.homeJsGzip)}`);
  }
  const rows = (bench.lighthouse ?? []).filter((r) => r.status !== 'not built');
  if (rows.length === 0) missed.push('no Lighthouse results (run `npm run bench`)');
  for (const r of rows) {
    for (const k of ['perf', 'a11y', 'best', 'seo'] as const) {
      // Embeds are noindex on purpose (the article, not the iframe, should rank); Lighthouse's SEO
      // category scores that as a failure, so SEO is not budgeted for them.
      if (k === 'seo' && NOINDEX.test(r.page)) continue;
      if ((r[k] ?? 0) < BUDGETS.score) missed.push(`${r.page}: Lighthouse ${k} ${r[k] ?? 'missing'} < ${BUDGETS.score}`);
    }
    if (!(Number(r.lcpMs) <= BUDGETS.lcpMs)) missed.push(`${r.page}: LCP ${r.lcpMs} ms > ${BUDGETS.lcpMs} ms`);
    if (!(Number(r.tbtMs) <= BUDGETS.tbtMs)) missed.push(`${r.page}: TBT ${r.tbtMs} ms > ${BUDGETS.tbtMs} ms`);
  }
  return missed;
}
