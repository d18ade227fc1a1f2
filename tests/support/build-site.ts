/**
 * Builds the site into a temporary folder with a different environment (a base path, or another
 * pipeline output via CD_DATA_DIR), without touching dist/. One build takes ~5-20 s on 2 cores.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Vitest puts Vite's own variables (BASE_URL="/", MODE, DEV, PROD, SSR, NODE_ENV=test) into
 * process.env; Astro would read them back as import.meta.env and ignore the BASE being tested.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)) delete env[k];
  return env;
}

export async function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  try {
    await run(process.execPath, [astro, 'build', '--outDir', outDir], {
      env: { ...cleanEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${String(err.stdout ?? '').slice(-3000)}\n${String(err.stderr ?? '').slice(-3000)}`);
  }
}

/** Every URL a page refers to: links, scripts, stylesheets, images, icons, share images (run in the page). */
export function pageRefs(): string[] {
  const attr = (sel: string, a: string) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute(a) ?? '');
  return [
    ...attr('a[href], link[href]', 'href'),
    ...attr('script[src], img[src], source[src]', 'src'),
    ...attr('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]', 'content'),
  ];
}
