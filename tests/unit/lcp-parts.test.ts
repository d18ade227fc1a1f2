/** scripts/lcp-parts.ts: Lantern's TCP windows and the sums `npm run bench` prints under each page. */
import { describe, expect, it } from 'vitest';
import { describeLcpParts, lcpGraphParts, tcpWindows, windowLimit, type LanternNode, type LanternTiming } from '../../scripts/lcp-parts.ts';

describe('TCP windows (Lantern, mobile: 10 packets of 1,460 bytes, doubling up to 21)', () => {
  it('the first window holds 14,600 bytes, the second 29,200 more, then 30,660 each', () => {
    expect([windowLimit(1), windowLimit(2), windowLimit(3), windowLimit(4)]).toEqual([14_600, 43_800, 74_460, 105_120]);
  });
  it('counts the windows a response needs, at and just past each edge', () => {
    expect([1, 14_600, 14_601, 43_800, 43_801, 74_460, 74_461].map(tcpWindows)).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });
});

describe('the parts of one simulated LCP graph', () => {
  const doc: LanternNode = { type: 'network', request: { url: 'http://x/', transferSize: 48_998 }, isMainDocument: () => true };
  const script: LanternNode = { type: 'network', request: { url: 'http://x/a.js', transferSize: 900 }, isMainDocument: () => false };
  const cpu = (): LanternNode => ({ type: 'cpu' });
  const at = (startTime: number, endTime: number): LanternTiming => ({ startTime, endTime });

  it('the document, the main-thread work and the other requests, and when the graph ends', () => {
    const parts = lcpGraphParts([[doc, at(0, 904.4)], [cpu(), at(904.4, 971)], [cpu(), at(986, 1122)], [script, at(904, 1208)]]);
    expect(parts).toEqual({ documentBytes: 48_998, documentWindows: 3, documentMs: 904, cpuMs: 203, requests: 1, endMs: 1208 });
  });

  it('says how far the document is past the last window it fills, and the range of both graphs', () => {
    const opt = lcpGraphParts([[doc, at(0, 904)], [cpu(), at(904, 971)]]);
    const pes = lcpGraphParts([[doc, at(0, 904)], [cpu(), at(904, 971)], [cpu(), at(986, 1122)]]);
    expect(describeLcpParts(opt, pes)).toBe('HTML 47.8 KB in 3 TCP windows, in at 904 ms; 5.1 KB over 42.8 KB, the end of window 2; then CPU 67–203 ms; paint at 971–1122 ms');
  });

  it('a document inside the first window has nothing to be over', () => {
    const small = lcpGraphParts([[{ ...doc, request: { url: 'http://x/', transferSize: 9_300 } }, at(0, 604)], [cpu(), at(604, 780)]]);
    expect(describeLcpParts(small, small)).toBe('HTML 9.1 KB in 1 TCP window, in at 604 ms; then CPU 176–176 ms; paint at 780–780 ms');
  });
});

describe('the installed Lighthouse', () => {
  it('keeps the record of its simulations where lastLcpParts reads it (a Lighthouse upgrade that moves it fails here)', async () => {
    const mod = (await import('@paulirish/trace_engine/models/trace/lantern/simulation/Simulator.js' as string)) as { Simulator: { allNodeTimings: unknown } };
    expect(mod.Simulator.allNodeTimings).toBeInstanceOf(Map);
  });
});
