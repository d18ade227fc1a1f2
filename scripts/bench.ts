/**
 * Benchmark (not a test): pipeline timing over all snapshots, bytes of every output (raw and gzip),
 * the home page's first-view bytes and Lighthouse mobile scores when a build exists. Prints a table
 * and writes bench-results/bench.json. Budgets are reported as ok/over, never asserted here.
 *   npm run bench            (run `npm run build` first for the page numbers)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { runPipeline } from '../data-pipeline/build.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { measureExplorer } from './bench-explorer.ts';

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
      const pages = ['', 'methodology/', 'states/tx/', 'embed/', 'embed/states/tx/'];
      results.lighthouse = [];
      console.log('\nLighthouse (mobile)            perf  a11y  best  seo   LCP      TBT     CLS    transfer');
      for (const p of pages) {
        if (!fs.existsSync(path.join('dist', p, 'index.html'))) continue;
        const r = await lighthouse(`${server.url}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const lhr = r!.lhr;
        const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
        const row = { page: `/${p}`, perf: score('performance'), a11y: score('accessibility'), best: score('best-practices'), seo: score('seo'), lcpMs: Math.round(num('largest-contentful-paint')), tbtMs: Math.round(num('total-blocking-time')), cls: num('cumulative-layout-shift'), transferBytes: Math.round(num('total-byte-weight')) };
        (results.lighthouse as unknown[]).push(row);
        console.log(`${row.page.padEnd(30)} ${String(row.perf).padStart(4)} ${String(row.a11y).padStart(5)} ${String(row.best).padStart(5)} ${String(row.seo).padStart(4)} ${`${row.lcpMs} ms`.padStart(8)} ${`${row.tbtMs} ms`.padStart(7)} ${row.cls.toFixed(3).padStart(6)} ${kb(row.transferBytes).padStart(10)}`);
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await server.close();
  }
  if (fs.existsSync('dist/explore/index.html')) {
    const ex = await measureExplorer();
    results.explorer = { ...ex, budgetMs: 2500, ok: ex.medianMs <= 2500 };
    const click = await measureExplorer('', true);
    results.explorerFromClick = { ...click, budgetMs: 2500, ok: click.medianMs <= 2500 };
    console.log(`\nCounty explorer (mobile throttling, median of 3):`);
    console.log(`  cold open of /explore/?state=tx: ${(ex.medianMs / 1000).toFixed(2)} s, ${kb(ex.transferBytes)} transferred`);
    console.log(`  click on the national page's link (after hover prefetch) to interactive: ${(click.medianMs / 1000).toFixed(2)} s  [budget 2.5 s: ${click.medianMs <= 2500 ? 'ok' : 'OVER'}]`);
  }
} else {
  console.log('\n(no dist/: run `npm run build` for page sizes and Lighthouse)');
}

fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results/bench.json');
