/**
 * Where Lighthouse's mobile LCP comes from. Lighthouse does not time the page on a slow network: it replays
 * the trace through Lantern's model, which needs the whole HTML document before anything paints and sends
 * bytes in TCP windows (the first of ten 1,460-byte packets, each next one twice as large up to what
 * 1.6 Mbit/s carries in a 150 ms round trip). `npm run bench` prints these parts under each page so a change
 * can be aimed at the part that costs the time (ARCHITECTURE.md, "Where Lighthouse's mobile LCP bottoms out").
 */

/** Lantern's defaults for Lighthouse's mobile profile (TCPConnection.js, throttling.js). */
const SEGMENT = 1460;
const FIRST_WINDOW = 10;
const RTT_MS = 150;
const THROUGHPUT_BPS = 1638.4 * 1024;
const MAX_WINDOW = Math.floor((THROUGHPUT_BPS / 8) * (RTT_MS / 1000) / SEGMENT);

/** The most bytes that still arrive in `windows` windows on a new connection. */
export function windowLimit(windows: number): number {
  let window = FIRST_WINDOW;
  let sent = window * SEGMENT;
  for (let n = 1; n < windows; n++) {
    window = Math.min(MAX_WINDOW, window * 2);
    sent += window * SEGMENT;
  }
  return sent;
}

/** TCP windows a response of `bytes` needs from a new connection (1 up to 14,600 bytes, 2 up to 43,800...). */
export function tcpWindows(bytes: number): number {
  let n = 1;
  while (windowLimit(n) < bytes) n++;
  return n;
}

/** What a Lantern node looks like to this module (a subset of trace_engine's graph nodes). */
export interface LanternNode {
  type: string;
  request?: { url: string; transferSize: number };
  isMainDocument?: () => boolean;
}
export interface LanternTiming {
  startTime: number;
  endTime: number;
}

export interface LcpGraphParts {
  /** The HTML document: bytes on the wire, TCP windows, when its last byte arrives in the model. */
  documentBytes: number;
  documentWindows: number;
  documentMs: number;
  /** Main-thread work the model counts before the paint (parse, layout, paint, scripts). */
  cpuMs: number;
  /** Other requests the model waits for (they finished before the observed LCP). */
  requests: number;
  /** When the simulated paint happens: the end of the graph. */
  endMs: number;
}

/** Sums one simulated LCP graph (a Lantern nodeTimings map). */
export function lcpGraphParts(timings: Iterable<[LanternNode, LanternTiming]>): LcpGraphParts {
  const parts: LcpGraphParts = { documentBytes: 0, documentWindows: 0, documentMs: 0, cpuMs: 0, requests: 0, endMs: 0 };
  for (const [node, t] of timings) {
    parts.endMs = Math.max(parts.endMs, t.endTime);
    if (node.type === 'cpu') parts.cpuMs += t.endTime - t.startTime;
    else if (node.isMainDocument?.()) {
      parts.documentBytes = node.request?.transferSize ?? 0;
      parts.documentWindows = tcpWindows(parts.documentBytes);
      parts.documentMs = t.endTime;
    } else parts.requests++;
  }
  for (const k of ['documentMs', 'cpuMs', 'endMs'] as const) parts[k] = Math.round(parts[k]);
  return parts;
}

/** One line for the bench table: the optimistic and pessimistic graphs whose mean is Lighthouse's LCP. */
export function describeLcpParts(optimistic: LcpGraphParts, pessimistic: LcpGraphParts): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const d = pessimistic;
  const next = d.documentWindows > 1 ? `; ${kb(d.documentBytes - windowLimit(d.documentWindows - 1))} over ${kb(windowLimit(d.documentWindows - 1))}, the end of window ${d.documentWindows - 1}` : '';
  const reqs = (p: LcpGraphParts) => (p.requests ? `, ${p.requests} request${p.requests > 1 ? 's' : ''}` : '');
  return `HTML ${kb(d.documentBytes)} in ${d.documentWindows} TCP window${d.documentWindows > 1 ? 's' : ''}, in at ${d.documentMs} ms${next}; then CPU ${optimistic.cpuMs}–${pessimistic.cpuMs} ms${reqs(pessimistic)}; paint at ${optimistic.endMs}–${pessimistic.endMs} ms`;
}

/**
 * The parts of the last Lighthouse run's LCP, read from Lantern's record of its simulations (kept by
 * trace_engine's Simulator for every run in this process). Undefined if that record is missing, as it
 * would be after a Lighthouse upgrade that renames it.
 */
export async function lastLcpParts(): Promise<{ optimistic: LcpGraphParts; pessimistic: LcpGraphParts } | undefined> {
  const mod = (await import('@paulirish/trace_engine/models/trace/lantern/simulation/Simulator.js' as string).catch(() => undefined)) as
    | { Simulator?: { allNodeTimings?: Map<string, Map<LanternNode, LanternTiming>> } }
    | undefined;
  const all = mod?.Simulator?.allNodeTimings;
  const opt = all?.get('optimisticLargestContentfulPaint');
  const pes = all?.get('pessimisticLargestContentfulPaint');
  if (!opt || !pes) return undefined;
  return { optimistic: lcpGraphParts(opt), pessimistic: lcpGraphParts(pes) };
}
