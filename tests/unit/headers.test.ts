/** dist/_headers: one non-overlapping CSP rule per section, frame-ancestors only open for the embeds. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFile, headerRules } from '../../integrations/headers.mjs';
import { cspPolicy } from '../../src/lib/csp.ts';

type Rule = { path: string; csp: string };
let dist: string;
beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-headers-'));
  const page = (rel: string, workers = false) => {
    fs.mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    fs.writeFileSync(path.join(dist, rel), `<meta http-equiv="Content-Security-Policy" content="${cspPolicy({ mapWorkers: workers })}">`);
  };
  page('index.html');
  page('404.html');
  page('states/tx/index.html');
  page('states/new-york/index.html');
  page('explore/index.html', true);
  page('es/index.html');
  page('es/states/tx/index.html');
  page('es/explore/index.html', true);
  fs.mkdirSync(path.join(dist, '_astro'));
  fs.writeFileSync(path.join(dist, '_astro/app.abc123.js'), '');
});

describe('_headers', () => {
  it('gives every page section exactly one CSP rule, with frame-ancestors none except the embeds', () => {
    const rules: Rule[] = headerRules(dist, '/');
    expect(rules.map((r) => r.path)).toEqual(['/', '/404.html', '/embed/*', '/es/', '/es/embed/*', '/es/explore/*', '/es/states/*', '/explore/*', '/states/*']);
    for (const r of rules) {
      const embed = r.path.includes('/embed/');
      expect(r.csp, r.path).toMatch(embed ? /; frame-ancestors \*$/ : /; frame-ancestors 'none'$/);
      expect(r.csp).toContain("script-src 'self';");
      expect(r.csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(r.csp.includes('worker-src'), r.path).toBe(r.path.includes('explore'));
    }
  });
  it('prefixes every rule with the base path and caches hashed assets forever', () => {
    const text: string = headersFile(dist, '/graphics/ice-map/');
    const paths = text.split('\n').filter((l) => l.startsWith('/'));
    for (const p of paths) expect(p.startsWith('/graphics/ice-map/'), p).toBe(true);
    expect(text).toMatch(/\/graphics\/ice-map\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/\/graphics\/ice-map\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin/);
    // No catch-all CSP: hosts join two matching CSP headers and enforce both.
    expect(text).not.toMatch(/\/graphics\/ice-map\/\*\n(?: {2}.*\n)* {2}Content-Security-Policy/);
  });
});
