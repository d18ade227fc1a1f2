/**
 * Downloads one ICE spreadsheet for `npm run refresh`: redirects followed by hand (http and https
 * only, at most LIMITS.redirects), the body streamed and stopped at LIMITS.downloadBytes, the whole
 * exchange bounded by LIMITS.downloadSeconds. Every failure names the URL, the cause and the limit.
 */
import { LIMITS, mb } from './limits.ts';

export class DownloadError extends Error {
  override name = 'DownloadError';
}

/** Why fetch failed, from undici's cause chain ("fetch failed" alone says nothing). */
function cause(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as { message?: string; code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    const text = [e.code, e.message].filter(Boolean).join(' ');
    if (text && !/^fetch failed$|^terminated$/.test(text)) parts.push(text);
  }
  return parts.join(': ') || String((err as Error)?.message ?? err);
}

export async function fetchBytes(url: string, opts: { seconds?: number } = {}): Promise<Buffer> {
  return (await fetchResource(url, opts)).bytes;
}

/** The body with the final address and the response headers (the refresh reads a file's name and date from them). */
export async function fetchResource(url: string, { seconds = LIMITS.downloadSeconds as number } = {}): Promise<{ bytes: Buffer; url: string; headers: Headers }> {
  const signal = AbortSignal.timeout(seconds * 1000);
  const timedOut = () => new DownloadError(`download failed: ${url} did not finish within the ${seconds} s limit`);
  let at = new URL(url);
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(at, { redirect: 'manual', signal });
    } catch (err) {
      if (signal.aborted) throw timedOut();
      throw new DownloadError(`download failed: ${at.href} could not be fetched (${cause(err)})`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
      await res.body?.cancel();
      const next = new URL(res.headers.get('location')!, at);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new DownloadError(`download failed: ${at.href} redirects to ${next.protocol} (${next.href.slice(0, 200)}); only http and https are followed`);
      }
      if (hop + 1 > LIMITS.redirects) throw new DownloadError(`download failed: ${url} redirects more than ${LIMITS.redirects} times (a redirect loop?); last to ${next.href}`);
      at = next;
      continue;
    }
    if (!res.ok) throw new DownloadError(`download failed: ${at.href} answered ${res.status} ${res.statusText}`);
    return { bytes: await readCapped(res, at.href, signal, timedOut), url: at.href, headers: res.headers };
  }
}

async function readCapped(res: Response, url: string, signal: AbortSignal, timedOut: () => Error): Promise<Buffer> {
  const limit = LIMITS.downloadBytes;
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await res.body?.cancel();
    throw new DownloadError(`download failed: ${url} is ${mb(declared)}, over the ${mb(limit)} limit for one spreadsheet`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > limit) {
        await res.body?.cancel().catch(() => {});
        throw new DownloadError(`download failed: ${url} sent more than the ${mb(limit)} limit for one spreadsheet; stopped`);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof DownloadError) throw err;
    if (signal.aborted) throw timedOut();
    throw new DownloadError(`download failed: ${url} stopped after ${size.toLocaleString('en-US')} bytes${Number.isFinite(declared) ? ` of ${declared.toLocaleString('en-US')}` : ''} (${cause(err)})`);
  }
  if (Number.isFinite(declared) && size !== declared) {
    throw new DownloadError(`download failed: ${url} sent ${size.toLocaleString('en-US')} of ${declared.toLocaleString('en-US')} bytes (the body was cut off)`);
  }
  return Buffer.concat(chunks);
}
