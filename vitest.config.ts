import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = {
  '@schema': fileURLToPath(new URL('./data-pipeline/schema', import.meta.url)),
  '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
  '@i18n': fileURLToPath(new URL('./src/i18n', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Both cores: Vitest's default leaves one idle (cores - 1), and the unit files mostly wait on
        // pipeline runs and spawned commands; 223 s -> 172 s on CI's two cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, maxWorkers: '100%' },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: CI has 2 cores.
          fileParallelism: false,
          // Only files marked concurrent use it (site-smoke's page loads).
          maxConcurrency: 4,
        },
      },
    ],
  },
});
