import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharePagesPlugin } from './scripts/sharePages.ts';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { essayPagePlugin } from './scripts/essayPage.ts';
import { compiledCataloguesPlugin } from './scripts/compiledCatalogues.ts';

// A relative base lets `dist/` be served from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    compiledCataloguesPlugin(),
    react(),
    sharePagesPlugin('data/roadmap.json'),
    essayPagePlugin('data/essay.txt', 'data/roadmap.json'),
    offlinePlugin('src/offline/serviceWorker.ts'),
  ],
  build: {
    target: 'es2022',
    // The app, and the essay as a page of its own (scripts/essayPage.ts writes its text in).
    rolldownOptions: {
      input: { main: 'index.html', essay: 'essay/index.html' },
      // Everything a first visit runs goes in one chunk. Left to itself, the bundler splits the code the on-demand
      // chunks share with the entry (the i18n runtime the catalogues load through, the store, the dataset's helpers)
      // into several initial chunks, and each split costs compression: about 3 kB gzipped over the budget.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'], test: (id) => !id.includes('/essay/') }] } },
    },
    // The dataset is fetched at run time as its own file, never inlined into the bundle.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    maxWorkers: 2,
    projects: [
      // Pure modules need no DOM: they run in Node, which starts in a fraction of jsdom's time.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.property.test.ts'],
          pool: 'threads',
        },
      },
      // Components (and the few hooks and browser-facing modules that need a document) run in jsdom.
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setupTests.ts'],
          pool: 'threads',
        },
      },
      // Dataset-sized inputs run in a child process: its stack is the size of a browser tab's, where a worker
      // thread's is four times larger and would let a spread of 200,000 values into a call pass unnoticed.
      { extends: true, test: { name: 'property', environment: 'node', include: ['src/**/*.property.test.ts'], pool: 'forks' } },
    ],
  },
});
