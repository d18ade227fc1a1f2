/**
 * Serves the production build (dist/) on 127.0.0.1 for the e2e specs. `npm test` builds first;
 * running `vitest --project e2e` alone expects an existing dist/.
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/static-server.ts';

export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const server = await startStaticServer('dist', process.env.BASE ?? '/');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
