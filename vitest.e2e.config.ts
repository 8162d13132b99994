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
    // expect.poll waits on the page's state; a busy machine can take a few seconds to render a frame's worth.
    expect: { poll: { timeout: 5_000 } },
  },
});
