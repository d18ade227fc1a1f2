/** Debian Chromium through playwright-core; test tools cannot download browsers here. */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}

/** The browser suite's shared Chromium (e2e global setup): one process instead of one per test file. */
export function launchServer() {
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * The Chromium for a test file, from before its tests to after them. Call the result to get it.
 * Without extra flags it is a connection to the suite's shared browser (launching one per file cost
 * ~0.8 s, 40 files); closing the connection closes every context the file opened. A file that needs
 * other flags gets a Chromium of its own.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const shared = extraArgs.length === 0 ? inject('browserWs') : undefined;
    browser = shared ? await chromium.connect(shared) : await launch(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is only available inside tests and hooks');
    return browser;
  };
}

/**
 * A page that records every request and console error, so specs can assert that nothing left the
 * site and nothing failed quietly.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  // Service workers off unless a test asks for them: page.route() cannot see requests a worker answers,
  // and the worker's background caching would load the CPU of every test (offline.test.ts allows them).
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}

/** Hosts other than the test server's own that the page contacted. */
export function foreignRequests(requests: string[], baseUrl: string): string[] {
  const own = new URL(baseUrl).host;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== own);
}

/**
 * How long the network must stay quiet after `load` before a page counts as settled. Playwright's
 * `networkidle` waits 500 ms, which over some 400 page loads cost the browser suite minutes of idling;
 * the pages' own fetches start from their scripts at once or follow each other within a few ms.
 */
export const QUIET_MS = 150;

/**
 * Runs a navigation (goto, reload, goBack, a click that loads a page) and waits until its `load` event
 * and then until no request of the page or its frames has been in flight for QUIET_MS.
 */
export async function settled<T>(page: Page, navigate: () => Promise<T>, timeout = 30_000): Promise<T> {
  const inflight = new Set<Request>();
  let last = Date.now();
  const start = (r: Request) => {
    inflight.add(r);
    last = Date.now();
  };
  const end = (r: Request) => {
    if (inflight.delete(r)) last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const result = await navigate();
    const deadline = Date.now() + timeout;
    while (inflight.size > 0 || Date.now() - last < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`settled(): ${inflight.size} request(s) still in flight after ${timeout} ms: ${[...inflight].map((r) => r.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return result;
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** `page.goto(url)` then settled: the browser suite's usual way to open a page. */
export function gotoSettled(page: Page, url: string, options: Parameters<Page['goto']>[1] = {}) {
  return settled(page, () => page.goto(url, { waitUntil: 'load', ...options }));
}
