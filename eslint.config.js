import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The data flow is dataset ← state ← {roadmap, timeline, panel} ← app; these rules keep it one-way.
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map((group) => ({ group: [group], message: 'Imports must follow dataset ← state ← views ← app (see README, Architecture).' })) },
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
  { files: ['src/dataset/**'], rules: restrict('**/state/*', '**/roadmap/*', '**/timeline/*', '**/panel/*', '**/app/*', '**/ui/*') },
  { files: ['src/state/**'], rules: restrict('**/roadmap/*', '**/timeline/*', '**/panel/*', '**/app/*', '**/url/*') },
  {
    files: ['src/roadmap/**', 'src/timeline/**', 'src/panel/**', 'src/controls/**', 'src/list/**'],
    rules: restrict('**/app/*', '**/url/*', '**/share/*', '**/present/*', '**/offline/*', '**/search/*'),
  },
  // Search brings the timeline to what it finds, as a tour step does (present/tour.ts).
  { files: ['src/search/**'], rules: restrict('**/app/*', '**/url/*', '**/share/*', '**/offline/*') },
  // Presentation mode steps through the views and shares links: it sits just under the shell.
  { files: ['src/present/**'], rules: restrict('**/app/*', '**/offline/*', '**/list/*', '**/search/*') },
  // The service worker and its status know nothing of the dataset, the store or the views.
  {
    files: ['src/offline/**'],
    rules: restrict(
      '**/app/*',
      '**/state/*',
      '**/dataset/*',
      '**/roadmap/*',
      '**/timeline/*',
      '**/panel/*',
      '**/controls/*',
      '**/list/*',
      '**/present/*',
      '**/share/*',
      '**/search/*',
    ),
  },
  { files: ['src/share/**'], rules: restrict('**/app/*', '**/present/*', '**/offline/*') },
  { files: ['src/url/**'], rules: restrict('**/roadmap/*', '**/timeline/*', '**/panel/*', '**/app/*', '**/controls/*') },
  { files: ['src/ui/**'], rules: restrict('**/roadmap/*', '**/timeline/*', '**/panel/*', '**/app/*') },
  // Layouts are pure math: D3 math modules and dataset or state types only, never React, the store or DOM-touching D3.
  {
    files: ['src/**/*Layout.ts', 'src/timeline/timeWindow.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'd3-zoom', 'd3-selection'].map((name) => ({ name, message: 'Layout files stay pure.' })),
          patterns: [{ group: ['**/state/*', '**/app/*'], allowTypeImports: true, message: 'Layout files may import types only from state.' }],
        },
      ],
    },
  },
);
