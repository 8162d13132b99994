import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The data flow is dataset ← state ← ui ← views ← share ← present ← search ← app (README, Architecture); these
// rules keep it one-way, one entry per folder of src/.
const FOLDERS = [
  'dataset',
  'state',
  'url',
  'ui',
  'roadmap',
  'timeline',
  'panel',
  'controls',
  'list',
  'share',
  'present',
  'search',
  'offline',
  'app',
  'testing',
];
const VIEWS = ['roadmap', 'timeline', 'panel', 'controls', 'list'];
// testing/ is left to the rule at the end: every folder's tests use it, and no shipped code may.
const others = (...allowed) => FOLDERS.filter((f) => f !== 'testing' && !allowed.includes(f)).map((f) => `**/${f}/*`);
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map((group) => ({
        group: [group],
        message: 'Imports must follow dataset ← state ← ui ← views ← share ← present ← search ← app (see README, Architecture).',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  // A spread into a call puts every item on the stack: past about 120,000 (a large dataset) the page crashes.
  {
    files: ['src/**/*.{ts,tsx}', 'public/**/*.js'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['CallExpression', 'NewExpression'].map((node) => ({
          selector: `${node} > SpreadElement`,
          message: 'Spreading into a call overflows the stack on large datasets; loop, or use d3-array (min, max, extent).',
        })),
      ],
    },
  },
  { files: ['src/dataset/**'], rules: restrict(...others('dataset')) },
  { files: ['src/state/**'], rules: restrict(...others('dataset', 'state')) },
  // Small shared pieces (mark props, roving focus, boundaries) any view may use: they know the store, no view.
  { files: ['src/ui/**'], rules: restrict(...others('dataset', 'state', 'ui')) },
  {
    files: VIEWS.map((view) => `src/${view}/**`),
    rules: restrict('**/app/*', '**/url/*', '**/share/*', '**/present/*', '**/offline/*', '**/search/*'),
  },
  // Sharing exports the charts from their layouts.
  { files: ['src/share/**'], rules: restrict('**/app/*', '**/present/*', '**/offline/*', '**/search/*') },
  // Presentation mode steps through the views and shares links: it sits just under the shell.
  { files: ['src/present/**'], rules: restrict('**/app/*', '**/offline/*', '**/list/*', '**/search/*') },
  // Search brings the timeline to what it finds, as a tour step does (present/tour.ts).
  { files: ['src/search/**'], rules: restrict('**/app/*', '**/url/*', '**/share/*', '**/offline/*') },
  // The service worker and its status know nothing of the dataset, the store or the views.
  { files: ['src/offline/**'], rules: restrict(...others('offline')) },
  // The URL codec reads and writes view state: types from the store, ids and the fragment from the dataset.
  { files: ['src/url/**'], rules: restrict(...others('dataset', 'state', 'url')) },
  // Test helpers build stores and fixtures for every layer's tests, so they import only the layers under the views.
  { files: ['src/testing/**'], ignores: ['**/*.test.{ts,tsx}'], rules: restrict(...others('dataset', 'state')) },
  // The app shell may import every folder; nothing imports it (each rule above forbids app/).
  // No code the app ships imports the test helpers.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/testing/*'], message: 'Test helpers stay out of the app.' }] }] },
  },
  // Layouts are pure math: D3 math modules and dataset or state types only, never React, the store or DOM-touching D3.
  {
    files: ['src/**/*Layout.ts', 'src/timeline/timeWindow.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'd3-zoom', 'd3-selection'].map((name) => ({ name, message: 'Layout files stay pure.' })),
          patterns: [
            { group: ['**/state/*', '**/app/*'], allowTypeImports: true, message: 'Layout files may import types only from state.' },
            { group: ['**/testing/*'], message: 'Test helpers stay out of the app.' },
          ],
        },
      ],
    },
  },
);
