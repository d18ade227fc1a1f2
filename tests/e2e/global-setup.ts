/**
 * Serves the production build (dist/) on 127.0.0.1 for the e2e specs and starts the Chromium they share
 * (support/browser.ts: useBrowser). `npm test` builds first;
 * running `vitest --project e2e` alone expects an existing dist/.
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/static-server.ts';
import { launchServer } from '../support/browser.ts';

export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const server = await startStaticServer('dist', process.env.BASE ?? '/');
  project.provide('baseUrl', server.url);
  const browser = await launchServer();
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared Chromium's endpoint (useBrowser connects to it). */
    browserWs: string;
  }
}
