/** A minimal static file server for tests and benchmarks: 127.0.0.1 only, a random free port. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.topojson': 'application/json', '.geojson': 'application/geo+json', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.xlsx': 'application/octet-stream',
};

/** Rules of a Netlify / Cloudflare `_headers` file: a path pattern ("*" is a splat) and its headers. */
export function readHeadersFile(file: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('/')) {
      const glob = line.trim().split('*').map((x) => x.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (/^\s+\S/.test(line) && rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1]!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export interface ServerOptions {
  /** Send the headers of `<root>/_headers` as a host would (default: none, the <meta> CSP alone applies). */
  headersFile?: boolean;
  /** Milliseconds to hold the response to a path (after the base), for slow-network tests. */
  delay?: (rel: string) => number;
  /**
   * Send HTML pages uncompressed in `chunk`-byte pieces `gapMs` apart up to byte `until`, then the rest:
   * a slow network's packets, so the browser paints the page while the parser is mid-way through it.
   */
  streamHtml?: { chunk: number; gapMs: number; until: number };
}

export async function startStaticServer(root: string, base = '/', options: ServerOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const abs = path.resolve(root);
  const rules = options.headersFile ? readHeadersFile(path.join(abs, '_headers')) : [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // Both Netlify and Cloudflare join the values when several rules set one header.
    const extra = new Map<string, string[]>();
    for (const r of rules) if (r.pattern.test(url.pathname)) for (const [k, v] of r.headers) extra.set(k, [...(extra.get(k) ?? []), v]);
    for (const [k, v] of extra) res.setHeader(k, v.join(', '));
    const wait = options.delay?.(url.pathname.slice(base.length - 1)) ?? 0;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    rel = rel.slice(base.length - 1);
    let file = path.join(abs, rel);
    if (!file.startsWith(abs)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      // Like Cloudflare Pages: the nearest 404.html up the folder tree (es/404.html for /es/...).
      const local = path.join(abs, rel.split('/').filter(Boolean)[0] ?? '', '404.html');
      const notFound = fs.existsSync(local) ? local : path.join(abs, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = fs.readFileSync(file);
    // Caching like a static host: hashed build assets forever, everything else briefly.
    res.setHeader('cache-control', rel.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    const stream = options.streamHtml;
    if (stream && type === TYPES['.html']) {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length });
      for (let i = 0; i < Math.min(stream.until, body.length); i += stream.chunk) {
        res.write(body.subarray(i, Math.min(i + stream.chunk, stream.until)));
        await new Promise((r) => setTimeout(r, stream.gapMs));
      }
      res.end(body.subarray(Math.min(stream.until, body.length)));
      return;
    }
    // Compress text like any static host or CDN would, so byte and timing numbers are realistic.
    if (/text|json|javascript|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(zlib.gzipSync(body, { level: 6 }));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
