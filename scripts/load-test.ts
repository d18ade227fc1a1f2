/**
 * A bounded load test on 127.0.0.1: `astro preview` (Astro's real static server for dist/) under
 * autocannon, cycling through the home page, a state page, the Spanish home, a data file and a hashed
 * asset. Used by tests/e2e/load.test.ts (10 s) and scripts/bench.ts (30 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts `astro preview` on dist/ and resolves once it answers. */
export async function startPreview(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}${process.env.BASE ?? '/'}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`astro preview did not start on ${url}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadResult {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  status2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  paths: string[];
}

/** Paths to cycle through: pages, a data file and the home page's first hashed asset. */
export function loadPaths(dist = 'dist'): string[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const asset = /(?:src|href)="[^"]*?(_astro\/[^"]+\.js)"/.exec(html)?.[1];
  return ['', 'states/tx/', 'es/', 'methodology/', 'data/summary.json', ...(asset ? [asset] : [])];
}

export async function runLoad(baseUrl: string, seconds: number, connections = 10): Promise<LoadResult> {
  const paths = loadPaths();
  const r = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: `${new URL(baseUrl).pathname}${p}` })),
  });
  return {
    seconds,
    connections,
    requests: r.requests.total,
    requestsPerSec: Math.round(r.requests.average),
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    status2xx: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    paths,
  };
}
