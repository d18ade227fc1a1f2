/**
 * A stand-in for www.ice.gov on 127.0.0.1 (tests have no internet): the saved page layouts in
 * tests/fixtures/ice-287g-page/ under /pages/, the spreadsheets a test registers (with the headers ICE
 * might send), and the failure cases: /gone/… 404, /broken/… 500, /slow-page never answers, /loop
 * redirects to itself, /participating-agencies-list is an HTML page.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/ice-287g-page');
export interface SiteFile { bytes: Buffer; headers?: Record<string, string> }

export async function startIceSite(files: Record<string, SiteFile>) {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    // No keep-alive: a socket the server closes while the client reuses it is an ECONNRESET race, not a case under test.
    res.shouldKeepAlive = false;
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[p];
    if (file) return void res.writeHead(200, { 'content-type': 'application/octet-stream', ...file.headers }).end(file.bytes);
    if (p.startsWith('/pages/') && /^[\w-]+\.html$/.test(p.slice(7))) {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(path.join(PAGES, p.slice(7))));
    }
    if (p === '/slow-page') return void held.push(res);
    if (p === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (p.startsWith('/broken/')) return void res.writeHead(500).end('Internal Server Error');
    if (p === '/participating-agencies-list') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Participating agencies</title><p>Access denied');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Page not found</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    page: (name: string) => `${url}/pages/${name}`,
    close: () => {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
