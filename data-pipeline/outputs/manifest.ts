/** datapackage.json (describes every download) and manifest.json (inputs with sha256, outputs, warnings, code version). */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Manifest } from '../schema/records.ts';
import { buildDatapackage } from '../steps/datapackage.ts';
import { json, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export const PIPELINE_VERSION = '2.0.0';
const HERE = path.dirname(fileURLToPath(import.meta.url));

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: HERE, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

export function manifestFiles(ctx: RunContext, _src: Sources, _agg: Aggregates, out: OutputFiles): void {
  const { inputs } = ctx;
  const { license } = JSON.parse(fs.readFileSync(path.join(HERE, '..', '..', 'package.json'), 'utf8')) as { license: string };
  out.set('datapackage.json', json(buildDatapackage(out, { version: PIPELINE_VERSION, created: new Date().toISOString(), license })));
  const manifest = validate(
    Manifest,
    {
      pipelineVersion: PIPELINE_VERSION,
      generatedAt: new Date().toISOString(),
      commit: gitCommit(),
      inputs,
      outputs: [...out].map(([p, c]) => ({ path: p, bytes: Buffer.byteLength(c), records: null })).concat({ path: 'manifest.json', bytes: 0, records: null }),
      warnings: ctx.warnings.list(),
    },
    'manifest.json',
  );
  out.set('manifest.json', json(manifest));

}
