#!/usr/bin/env node
/**
 * `npm run test:mutation`: plants known bugs, one at a time, in a scratch copy of the repository and
 * checks that the test named for each one fails. A test that still passes with its bug planted guards
 * nothing (issue 21). Prints mutation -> test -> killed, and exits 1 if any mutation survives or a
 * named test already fails on the unmutated copy. The repository itself is never modified.
 *
 *   npm run test:mutation              all mutations (about 3 minutes on 2 cores; the browser-test
 *                                      mutations edit a copy of dist/ and are skipped without a build)
 *   npm run test:mutation -- qr csv    only mutations whose id contains one of the words
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { MUTATIONS } from './mutations.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.slice(2);
const chosen = MUTATIONS.filter((m) => only.length === 0 || only.some((w) => m.id.includes(w)));
if (chosen.length === 0) {
  console.error(`No mutation matches ${only.join(' ')}. Ids: ${MUTATIONS.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

/** Tracked and untracked-but-not-ignored files, plus node_modules as links (a copied package where a mutation edits it). */
function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-mutation-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT }).toString().split('\0').filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(ROOT, f))) continue; // deleted in the worktree
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  const copied = new Set(chosen.flatMap((m) => m.edits.map((e) => e.file)).filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/').slice(0, f.split('/')[1].startsWith('@') ? 3 : 2).join('/')));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const e of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (e === '.vite' || e === '.cache' || e === '.vitest') continue;
    const pkg = `node_modules/${e}`;
    if (copied.has(pkg)) fs.cpSync(path.join(ROOT, pkg), path.join(dir, pkg), { recursive: true, dereference: true });
    else fs.symlinkSync(path.join(ROOT, pkg), path.join(dir, pkg));
  }
  // Browser-test mutations edit the production build: copy dist/ (and the data its tests read) when built.
  if (chosen.some((m) => m.test.project === 'e2e') && fs.existsSync(path.join(ROOT, 'dist/index.html'))) {
    for (const d of ['dist', 'public/data']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  }
  return dir;
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs one vitest file filtered to the given test names; returns each name's status ('passed', 'failed', 'missing', 'error'). */
function runTests(dir, { project = 'unit', file }, names, env = {}) {
  const report = path.join(dir, 'mutation-report.json');
  fs.rmSync(report, { force: true });
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, file, `--testNamePattern=${names.map(escape).join('|')}`,
    '--reporter=json', `--outputFile=${report}`], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!fs.existsSync(report)) return new Map(names.map((n) => [n, { status: 'error', detail: (r.stderr || r.stdout).slice(-600) }]));
  const all = JSON.parse(fs.readFileSync(report, 'utf8')).testResults.flatMap((f) => f.assertionResults);
  return new Map(names.map((name) => {
    const results = all.filter((a) => a.fullName.includes(name) || a.title.includes(name));
    if (results.length === 0) return [name, { status: 'missing', detail: `no test named "${name}" in ${file}` }];
    const failed = results.find((a) => a.status === 'failed');
    return [name, failed ? { status: 'failed', detail: (failed.failureMessages[0] ?? '').split('\n')[0].slice(0, 160) } : { status: results[0].status }];
  }));
}
const runTest = (dir, test, env) => runTests(dir, test, [test.name], env).get(test.name);

function apply(dir, edit) {
  const file = path.join(dir, edit.file);
  const text = fs.readFileSync(file, 'utf8');
  const n = text.split(edit.from).length - 1;
  if (edit.all ? n === 0 : n !== 1) throw new Error(`${edit.file}: the text to replace occurs ${n} times (expected ${edit.all ? 'at least ' : ''}once): ${edit.from.slice(0, 80)}`);
  fs.writeFileSync(file, edit.all ? text.replaceAll(edit.from, () => edit.to) : text.replace(edit.from, () => edit.to));
  return () => fs.writeFileSync(file, text);
}

const t0 = Date.now();
const dir = scratchCopy();
console.log(`Scratch copy: ${dir}`);
const rows = [];
let bad = 0;
// Every named test must pass on the unmutated copy: one run per test file covers all its names.
const built = fs.existsSync(path.join(dir, 'dist/index.html'));
const baselines = new Map();
const byFile = Map.groupBy(chosen.filter((m) => built || m.test.project !== 'e2e'), (m) => JSON.stringify([m.test.project, m.test.file, m.env]));
for (const ms of byFile.values()) {
  const names = [...new Set(ms.map((m) => m.test.name))];
  for (const [name, r] of runTests(dir, ms[0].test, names, ms[0].env)) baselines.set(JSON.stringify([ms[0].test.project, ms[0].test.file, ms[0].env, name]), r);
}
for (const m of chosen) {
  const key = JSON.stringify([m.test.project, m.test.file, m.env, m.test.name]);
  const base = baselines.get(key);
  let result = { status: 'not run' };
  let error = '';
  if (m.test.project === 'e2e' && !built) {
    rows.push({ mutation: m.id, what: m.what, test: `${m.test.file.replace('tests/', '')} > ${m.test.name}`, killed: 'not run', note: 'no dist/' });
    console.log(`skipped  ${m.id}: needs a build (npm run build) for its browser test`);
    continue;
  }
  if (base.status !== 'passed') error = `named test does not pass unmutated: ${base.status} ${base.detail ?? ''}`;
  else {
    const undo = [];
    try {
      for (const e of m.edits) undo.push(apply(dir, e));
      result = runTest(dir, m.test, m.env);
    } catch (err) {
      error = String(err.message ?? err);
    } finally {
      undo.reverse().forEach((u) => u());
    }
  }
  const killed = !error && result.status === 'failed';
  if (!killed) bad++;
  rows.push({ mutation: m.id, what: m.what, test: `${m.test.file.replace('tests/', '')} > ${m.test.name}`, killed: killed ? 'yes' : 'NO', note: error || result.detail || result.status });
  console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${m.id}: ${error || result.detail || result.status}`);
}
fs.rmSync(dir, { recursive: true, force: true });

console.log('\n| mutation | planted bug | killing test | killed |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.mutation} | ${r.what} | ${r.test} | ${r.killed} |`);
console.log(`\n${rows.length - bad}/${rows.length} mutations killed in ${Math.round((Date.now() - t0) / 1000)} s`);
process.exit(bad ? 1 : 0);
