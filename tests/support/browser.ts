/** Debian Chromium through playwright-core; test tools cannot download browsers here. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
    ],
  });
}

/** One Chromium for a test file: launched before its tests, closed after. Call the result to get it. */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs);
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
