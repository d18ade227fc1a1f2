/**
 * dist/_headers against the real build: every HTML page is matched by exactly one CSP rule (hosts
 * join and enforce overlapping ones), that rule is the page's own <meta> policy plus frame-ancestors,
 * and hashed assets are immutable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const base = process.env.BASE ?? '/';

function rules(): Array<{ pattern: string; headers: Record<string, string> }> {
  const out: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of fs.readFileSync(path.join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) out.push({ pattern: line.trim(), headers: {} });
    else if (/^\s+\S/.test(line) && out.length) {
      const i = line.indexOf(':');
      out[out.length - 1]!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}
/** Netlify / Cloudflare matching: "*" is a splat, anything else is literal. */
const matches = (pattern: string, url: string) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(url);

function pages(dir = DIST): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pages(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

describe('dist/_headers', () => {
  const all = rules();
  it('gives each page exactly one CSP: its meta policy plus frame-ancestors', () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      const url = `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      const csp = all.filter((r) => r.headers['Content-Security-Policy'] && matches(r.pattern, url));
      expect(csp.length, url).toBe(1);
      const header = csp[0]!.headers['Content-Security-Policy']!;
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1]?.replace(/&#39;/g, "'");
      expect(meta, url).toBeTruthy();
      // Only the embeds may be framed (by any news site); every other page by nobody.
      const ancestors = /^(es\/)?embed\//.test(rel) ? '*' : "'none'";
      expect(header, url).toMatch(new RegExp(`; frame-ancestors ${ancestors.replace('*', '\\*')}$`));
      // Redirect pages carry a stricter meta (no styles); both apply, so the stricter one wins.
      if (!/style-src 'self';/.test(meta!)) expect(header, url).toBe(`${meta}; frame-ancestors ${ancestors}`);
    }
  });
  it('opens framing only for the embeds, sets nosniff and a referrer policy, caches hashed assets forever', () => {
    const embed = all.filter((r) => /\/embed\/\*$/.test(r.pattern));
    expect(embed.map((r) => r.pattern).sort()).toEqual([`${base}embed/*`, `${base}es/embed/*`]);
    for (const r of embed) expect(r.headers['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
    const every = all.find((r) => r.pattern === `${base}*`)!;
    expect(every.headers).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(all.find((r) => r.pattern === `${base}_astro/*`)!.headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(all.length).toBeLessThanOrEqual(100); // Cloudflare Pages' limit
  });
});
