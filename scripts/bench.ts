/**
 * Benchmark (not a test): builds the site (`npm run build`), then measures pipeline timing over all
 * snapshots, bytes of every output (raw and gzip), the home page's first-view bytes, Lighthouse
 * mobile (three rounds, median) on the home page, a state page, the embeds and the county explorer, the explorer's
 * time to interactive, and 30 s of load on `astro preview`. Prints tables, writes
 * bench-results/bench.json. Budgets are reported here; `npm run bench:check` enforces them.
 *   npm run bench            (BENCH_NO_BUILD=1 to measure the existing dist/)
 *   npm run bench -- --growth 1000   (pipeline only, with 1,000 more daily sheets: scripts/bench-growth.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { runPipeline } from '../data-pipeline/build.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { execFileSync } from 'node:child_process';
import { measureExplorer } from './bench-explorer.ts';
import { runLoad, startPreview } from './load-test.ts';
import { BUDGETS, missedBudgets, type LighthouseRow } from './bench-budgets.ts';
import { describeLcpParts, lastLcpParts } from './lcp-parts.ts';

// `npm run bench -- --growth [N]`: the pipeline with N more daily sheets (scripts/bench-growth.ts), nothing else.
if (process.argv.includes('--growth')) {
  await import('./bench-growth.ts');
  process.exit(0);
}

if (!process.env.BENCH_NO_BUILD) {
  console.log('Building (npm run build)...');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const gz = (b: string | Uint8Array) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const results: Record<string, unknown> = { date: new Date().toISOString(), cores: (await import('node:os')).cpus().length };

// 1. Pipeline: three full runs (in memory), median wall time.
const times: number[] = [];
let last;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  last = await runPipeline({ quiet: true });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[1]!;
results.pipeline = { medianMs: Math.round(median), runsMs: times.map(Math.round), budgetMs: 5000, ok: median <= 5000 };
console.log(`\nPipeline (all ${last!.sheets.length} ICE files, median of 3): ${(median / 1000).toFixed(2)} s  [budget 5 s: ${median <= 5000 ? 'ok' : 'OVER'}]`);

const outputs = [...last!.files].map(([p, c]) => ({ path: p, raw: Buffer.byteLength(c), gzip: gz(c) }));
// Per-state files are summarised by their largest member.
const groups = ['states/', 'counties/'];
const shown = outputs.filter((o) => !groups.some((g) => o.path.startsWith(g)));
for (const g of groups) {
  const members = outputs.filter((o) => o.path.startsWith(g));
  shown.push({ path: `${g}* (${members.length} files, largest)`, raw: Math.max(...members.map((o) => o.raw)), gzip: Math.max(...members.map((o) => o.gzip)) });
}
console.log('\nOutput                                   raw        gzip');
// Every file is in bench.json; the table groups the per-state files.
for (const o of shown) console.log(`${o.path.padEnd(40)} ${kb(o.raw).padStart(10)} ${kb(o.gzip).padStart(10)}`);
const topo = outputs.find((o) => o.path === 'states-albers.topojson')!;
console.log(`\nState TopoJSON ${kb(topo.gzip)} gzip  [budget 30 KB: ${topo.gzip <= 30 * 1024 ? 'ok' : 'OVER'}]`);
results.outputs = outputs;

// 2. Pages, if built.
if (fs.existsSync('dist/index.html')) {
  const server = await startStaticServer('dist');
  try {
    const html = fs.readFileSync('dist/index.html', 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const js = assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + gz(fs.readFileSync(path.join('dist', a))), 0);
    const css = assets.filter((a) => a.endsWith('.css')).reduce((n, a) => n + gz(fs.readFileSync(path.join('dist', a))), 0);
    const first = gz(html) + js + css;
    results.home = { htmlGzip: gz(html), jsGzip: js, cssGzip: css, firstViewGzip: first };
    console.log(`\nHome first view: HTML ${kb(gz(html))} + JS ${kb(js)} + CSS ${kb(css)} = ${kb(first)} gzip  [budgets: total 80 KB ${first <= 80 * 1024 ? 'ok' : 'OVER'}, JS 20 KB ${js <= 20 * 1024 ? 'ok' : 'OVER'}]`);
    console.log('  (static imports only; the measured transfer from Lighthouse is below)');

    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const pages = ['', 'methodology/', 'states/tx/', 'embed/', 'embed/states/tx/', 'explore/?state=tx'];
      const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
      results.lighthouse = [];
      results.lighthouseRounds = [];
      console.log(`\nLighthouse (mobile, median of ${ROUNDS} rounds)  perf  a11y  best  seo   LCP      TBT     CLS    transfer   [LCP of each round]`);
      for (const p of pages) {
        if (!fs.existsSync(path.join('dist', p.replace(/\?.*$/, ''), 'index.html'))) {
          (results.lighthouse as unknown[]).push({ page: `/${p}`, status: 'not built' });
          console.log(`${`/${p}`.padEnd(30)} not built`);
          continue;
        }
        const rounds: LighthouseRow[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          const r = await lighthouse(`${server.url}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
          const lhr = r!.lhr;
          const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
          const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
          const parts = await lastLcpParts();
          rounds.push({ page: `/${p}`, perf: score('performance'), a11y: score('accessibility'), best: score('best-practices'), seo: score('seo'), lcpMs: Math.round(num('largest-contentful-paint')), tbtMs: Math.round(num('total-blocking-time')), cls: num('cumulative-layout-shift'), transferBytes: Math.round(num('total-byte-weight')), ...(parts && { lcpParts: describeLcpParts(parts.optimistic, parts.pessimistic) }) });
        }
        (results.lighthouseRounds as unknown[]).push(...rounds);
        // The round with the median LCP stands for the page (Lighthouse's own advice for noisy machines).
        const row = [...rounds].sort((a, b) => a.lcpMs! - b.lcpMs!)[Math.floor(rounds.length / 2)]!;
        (results.lighthouse as unknown[]).push(row);
        console.log(`${row.page.padEnd(30)} ${String(row.perf).padStart(4)} ${String(row.a11y).padStart(5)} ${String(row.best).padStart(5)} ${String(row.seo).padStart(4)} ${`${row.lcpMs} ms`.padStart(8)} ${`${row.tbtMs} ms`.padStart(7)} ${row.cls!.toFixed(3).padStart(6)} ${kb(row.transferBytes!).padStart(10)}   [${rounds.map((r) => r.lcpMs).join(', ')}]`);
        if (row.lcpParts) console.log(`${''.padEnd(30)} LCP: ${row.lcpParts}`);
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await server.close();
  }
  if (fs.existsSync('dist/explore/index.html')) {
    const ex = await measureExplorer();
    results.explorer = { ...ex };
    const click = await measureExplorer('', true);
    results.explorerFromClick = { ...click, budgetMs: BUDGETS.explorerClickMs, ok: click.medianMs <= BUDGETS.explorerClickMs };
    console.log(`\nCounty explorer (mobile throttling, median of 3):`);
    console.log(`  cold open of /explore/?state=tx: ${(ex.medianMs / 1000).toFixed(2)} s, ${kb(ex.transferBytes)} transferred`);
    console.log(`  click on the national page's link (after hover prefetch) to the interactive SVG map: ${(click.medianMs / 1000).toFixed(2)} s  [budget ${BUDGETS.explorerClickMs / 1000} s: ${click.medianMs <= BUDGETS.explorerClickMs ? 'ok' : 'OVER'}]`);
  }
  // Load: a real static server (astro preview) on 127.0.0.1, 30 s.
  const preview = await startPreview();
  try {
    const load = await runLoad(preview.url, 30);
    results.load = { server: 'astro preview', ...load, allOk: load.non2xx === 0 && load.errors === 0 && load.timeouts === 0 };
    console.log(`\nLoad (astro preview, ${load.connections} connections, ${load.seconds} s over ${load.paths.length} paths): ${load.requestsPerSec} req/s, ${load.requests} requests, p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms, non-200 ${load.non2xx}, errors ${load.errors}`);
  } finally {
    await preview.stop();
  }
} else {
  console.log('\n(no dist/: run `npm run build` for page sizes and Lighthouse)');
}

const missed = missedBudgets(results as never);
results.budgetsMissed = missed;
console.log(missed.length ? `\nBudgets missed (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nAll budgets met.');
console.log('(timings on a shared 2-core machine are noisy; compare runs, not single numbers)');
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results/bench.json');
