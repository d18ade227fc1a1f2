/**
 * The performance budgets (issues 9 and 17), checked against bench-results/bench.json (written by
 * `npm run bench`), and the byte budgets that tests/e2e/byte-budgets.test.ts enforces in `npm test`.
 * Pure: returns one line per missed budget, empty when all are met.
 */
export const BUDGETS = {
  homeFirstViewGzip: 80 * 1024,
  homeJsGzip: 20 * 1024,
  /** The county explorer's first view (SVG map, agency list and search), data included. */
  explorerFirstViewGzip: 80 * 1024,
  /** Home and state pages: the pages readers land on from an article or a shared link. */
  lcpMs: 800,
  /** Methodology and embeds. */
  otherLcpMs: 1000,
  tbtMs: 50,
  cls: 0,
  score: 100,
  /** The explorer draws a county map on first view: Lighthouse performance ≥ 95, TBT ≤ 100 ms. */
  explorer: { perf: 95, tbtMs: 100, lcpMs: 1500 },
  /** From a click on the national page's explorer link to an interactive SVG map, slow-phone profile. */
  explorerClickMs: 1500,
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
  cls?: number;
  transferBytes?: number;
  /** Where Lantern's simulated LCP came from (scripts/lcp-parts.ts). */
  lcpParts?: string;
}
export interface BenchJson {
  home?: { firstViewGzip: number; jsGzip: number };
  lighthouse?: LighthouseRow[];
  explorerFromClick?: { medianMs: number };
}

/** What one page must meet: the explorer has its own numbers (see BUDGETS.explorer). */
export function pageBudget(page: string): { perf: number; lcpMs: number; tbtMs: number } {
  if (/^\/(es\/)?explore\//.test(page)) return { perf: BUDGETS.explorer.perf, lcpMs: BUDGETS.explorer.lcpMs, tbtMs: BUDGETS.explorer.tbtMs };
  const landing = /^\/(es\/)?(states\/[a-z]{2}\/)?$/.test(page);
  return { perf: BUDGETS.score, lcpMs: landing ? BUDGETS.lcpMs : BUDGETS.otherLcpMs, tbtMs: BUDGETS.tbtMs };
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
    const b = pageBudget(r.page);
    for (const k of ['perf', 'a11y', 'best', 'seo'] as const) {
      // Embeds are noindex on purpose (the article, not the iframe, should rank); Lighthouse's SEO
      // category scores that as a failure, so SEO is not budgeted for them.
      if (k === 'seo' && NOINDEX.test(r.page)) continue;
      const min = k === 'perf' ? b.perf : BUDGETS.score;
      if ((r[k] ?? 0) < min) missed.push(`${r.page}: Lighthouse ${k} ${r[k] ?? 'missing'} < ${min}`);
    }
    if (!(Number(r.lcpMs) <= b.lcpMs)) missed.push(`${r.page}: LCP ${r.lcpMs} ms > ${b.lcpMs} ms`);
    if (!(Number(r.tbtMs) <= b.tbtMs)) missed.push(`${r.page}: TBT ${r.tbtMs} ms > ${b.tbtMs} ms`);
    if (r.cls !== undefined && !(r.cls <= BUDGETS.cls + 1e-4)) missed.push(`${r.page}: CLS ${r.cls.toFixed(4)} > ${BUDGETS.cls}`);
  }
  const click = bench.explorerFromClick?.medianMs;
  if (click !== undefined && click > BUDGETS.explorerClickMs) missed.push(`explorer click to interactive ${click} ms > ${BUDGETS.explorerClickMs} ms`);
  return missed;
}
