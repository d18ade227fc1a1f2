/**
 * `npm run bench:check`: exits 1 and lists every missed budget in bench-results/bench.json
 * (or the file given as the first argument). Run `npm run bench` first.
 */
import fs from 'node:fs';
import { missedBudgets, type BenchJson } from './bench-budgets.ts';

const file = process.argv[2] ?? 'bench-results/bench.json';
if (!fs.existsSync(file)) {
  console.error(`${file} is missing: run \`npm run bench\` first`);
  process.exit(1);
}
const bench = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchJson & { lighthouse?: Array<{ page: string; status?: string }> };
const missed = missedBudgets(bench);
for (const r of bench.lighthouse ?? []) if (r.status === 'not built') console.log(`note: ${r.page} not built, not measured`);
if (missed.length) {
  console.error(`${missed.length} budget(s) missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
console.log('all budgets met');
