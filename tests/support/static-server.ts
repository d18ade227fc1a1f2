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

export async function startStaticServer(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const abs = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
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
