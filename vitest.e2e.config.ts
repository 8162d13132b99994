import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built app in real Chromium; one file at a time keeps the 2-core machines calm.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
