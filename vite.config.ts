import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharePagesPlugin } from './scripts/sharePages.ts';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { datasetLinkPlugin } from './scripts/datasetLink.ts';
import { initialChunk } from './scripts/initialChunk.ts';

const initial = initialChunk();

// A relative base lets `dist/` be served from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), initial.plugin, datasetLinkPlugin('data/roadmap.json'), sharePagesPlugin('data/roadmap.json'), offlinePlugin('src/offline/serviceWorker.ts')],
  build: {
    target: 'es2022',
    // The dataset is fetched at run time as its own file, never inlined into the bundle.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shared', test: initial.isInitial, minShareCount: 2 }] } },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setupTests.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
