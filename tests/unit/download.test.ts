/**
 * Downloads for `npm run refresh`: every failure names the URL, the cause and the limit (a redirect
 * loop, a redirect to file:, a body cut off, a server that never answers), and a body larger than the
 * limit is stopped while streaming rather than read into memory first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from '../../data-pipeline/refresh.ts';

let server: http.Server;
let base = '';
const chunk = Buffer.alloc(1024 * 1024, 0x41);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/loop.xlsx') res.writeHead(302, { location: '/loop.xlsx' }).end();
    else if (url === '/to-file.xlsx') res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    else if (url === '/hop.xlsx') res.writeHead(302, { location: '/ok.xlsx' }).end();
    else if (url === '/ok.xlsx') res.writeHead(200, { 'content-length': '3' }).end('abc');
    else if (url === '/cut.xlsx') {
      res.writeHead(200, { 'content-length': '1000' });
      res.write(Buffer.alloc(500));
      setTimeout(() => res.socket?.destroy(), 50);
    } else if (url === '/silent.xlsx') {
      /* never answers */
    } else if (url === '/huge-declared.xlsx') {
      res.writeHead(200, { 'content-length': String(3 * 1024 ** 3) });
      res.write(chunk);
    } else if (url === '/endless.xlsx') {
      res.writeHead(200); // chunked, no length: only counting while streaming can stop it
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      more();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

describe('download errors name the URL, the cause and the limit', () => {
  it('follows an ordinary redirect', async () => {
    expect(String(await fetchBytes(`${base}/hop.xlsx`))).toBe('abc');
  });
  it('a redirect loop', async () => {
    await expect(fetchBytes(`${base}/loop.xlsx`)).rejects.toThrow(`download failed: ${base}/loop.xlsx redirects more than 5 times (a redirect loop?)`);
  });
  it('a redirect to file://', async () => {
    await expect(fetchBytes(`${base}/to-file.xlsx`)).rejects.toThrow(`download failed: ${base}/to-file.xlsx redirects to file: (file:///etc/passwd); only http and https are followed`);
  });
  it('a body cut off', async () => {
    await expect(fetchBytes(`${base}/cut.xlsx`)).rejects.toThrow(new RegExp(`^download failed: ${base}/cut\\.xlsx (stopped after 500 bytes of 1,000 \\(.+\\)|sent 500 of 1,000 bytes \\(the body was cut off\\))$`));
  });
  it('a server that never answers', async () => {
    await expect(fetchBytes(`${base}/silent.xlsx`, { seconds: 1 })).rejects.toThrow(`download failed: ${base}/silent.xlsx did not finish within the 1 s limit`);
  });
  it('a port nobody listens on', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x.xlsx`;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(fetchBytes(url)).rejects.toThrow(`download failed: ${url} could not be fetched (ECONNREFUSED`);
  });
});

describe('download size', () => {
  it('a declared 3 GB body is refused before it is read', async () => {
    await expect(fetchBytes(`${base}/huge-declared.xlsx`)).rejects.toThrow(`download failed: ${base}/huge-declared.xlsx is 3072.0 MB, over the 20.0 MB limit for one spreadsheet`);
  });
  it('an endless body is stopped at 20 MB while streaming', async () => {
    const before = process.memoryUsage().rss;
    await expect(fetchBytes(`${base}/endless.xlsx`)).rejects.toThrow(`download failed: ${base}/endless.xlsx sent more than the 20.0 MB limit for one spreadsheet; stopped`);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});
