/**
 * Time from opening the county explorer to an interactive map, under Lighthouse's mobile
 * throttling (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU slowdown), median of 3 cold loads.
 * Each run is a new browser context, so the cache starts empty. Used by `npm run bench`; needs dist/.
 */
import { launch } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

/**
 * @param fromHome when true, start on the national page, hover the explorer link (the prefetch
 * trigger), wait as a reader would, then click: this times the click, not the cold page.
 */
export async function measureExplorer(path = 'explore/?state=tx', fromHome = false): Promise<{ medianMs: number; runsMs: number[]; transferBytes: number }> {
  const server = await startStaticServer('dist');
  const browser = await launch();
  const runs: number[] = [];
  let transferBytes = 0;
  try {
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
      let t0 = Date.now();
      if (fromHome) {
        await page.goto(server.url);
        const link = page.locator('a[data-explorer-link]');
        await link.hover();
        await page.waitForTimeout(5000);
        // Click where a reader would, with the mouse: locator.click() first scrolls and waits for two
        // stable animation frames (about 350 ms at 4x CPU), time that is the test tool's, not the page's.
        // The first line box: the link can wrap, and the centre of its bounding box is then outside it.
        const at = await link.evaluate((a) => {
          const r = a.getClientRects()[0]!;
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        t0 = Date.now();
        await page.mouse.click(at.x, at.y);
      } else await page.goto(`${server.url}${path}`);
      await page.waitForSelector('county-explorer[data-mode]', { timeout: 60_000 });
      runs.push(Date.now() - t0);
      transferBytes = bytes;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[1]!, runsMs: runs, transferBytes };
}
