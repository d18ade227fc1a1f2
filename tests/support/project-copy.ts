/**
 * A throw-away copy of the project for running `npm run refresh` as a user types it: package.json,
 * the pipeline code, small sources (one ICE sheet) and a link to node_modules, so the command writes to
 * the copy's own sources/ and public/data/ and never to the real ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { makeSources, tempDir, type Cell } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function projectCopy(sheets: Record<string, Cell[][]>): Promise<string> {
  const dir = tempDir('cd-project-');
  for (const f of ['package.json', 'scripts/check-node.mjs']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  fs.cpSync(path.join(ROOT, 'data-pipeline'), path.join(dir, 'data-pipeline'), { recursive: true, filter: (src) => !src.startsWith(path.join(ROOT, 'data-pipeline', 'sources')) });
  fs.cpSync(await makeSources(sheets), path.join(dir, 'data-pipeline/sources'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'downloads'));
  return dir;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs one shell command line (as written in the README) in `cwd`, in its own process group. */
export function runLine(line: string, cwd: string, onStdout?: (text: string, child: ChildProcess) => void): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (k.startsWith('npm_') && k !== 'npm_config_update_notifier') delete env[k];
  delete env.INIT_CWD;
  const child = spawn('sh', ['-c', line], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    onStdout?.(stdout, child);
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** What the copy's outputs say: the newest snapshot, and which ICE files the sources hold. */
export function state(dir: string) {
  const summary = path.join(dir, 'public/data/summary.json');
  return {
    asOf: fs.existsSync(summary) ? (JSON.parse(fs.readFileSync(summary, 'utf8')) as { asOf: string }).asOf : null,
    sheets: fs.readdirSync(path.join(dir, 'data-pipeline/sources/ice-287g')).filter((f) => f.endsWith('.xlsx')).sort(),
    stray: fs.readdirSync(path.join(dir, 'public')).filter((f) => f !== 'data'),
  };
}
