// Lint also enforces the architecture: only site adapters touch the host page, only lib/db
// touches Dexie, and the analyzer and other pure logic use no browser API at all.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domGlobals = ['document', 'window', 'MutationObserver', 'getSelection'].map((name) => ({
  name,
  message: 'Host-page DOM belongs to lib/sites (or an entrypoint); pass typed data instead.',
}));
const domSyntax = [
  { selector: "MemberExpression[property.name=/^querySelector(All)?$/]", message: 'Selectors live in lib/sites/<site>/selectors.ts.' },
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Email content is hostile: render text through React, never innerHTML.' },
];
const noDexie = {
  paths: [
    { name: 'dexie', message: 'Only lib/db imports Dexie; use its repository functions.' },
    { name: 'dexie-react-hooks', message: 'Use lib/db/live.' },
  ],
};
const browserGlobals = ['browser', 'chrome', 'document', 'window', 'navigator', 'indexedDB', 'localStorage', 'fetch', 'XMLHttpRequest'].map(
  (name) => ({ name, message: 'Pure logic: no browser APIs here, it runs in Node.' }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'scripts/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Product code, including the site adapters, never parses markup from strings (tests build fixtures that way).
    files: ['components/**', 'entrypoints/**', 'lib/**'],
    rules: { 'no-restricted-syntax': ['error', domSyntax[1]] },
  },
  {
    files: ['components/**', 'lib/**'],
    ignores: ['lib/sites/**', 'components/browser-ports.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-syntax': ['error', ...domSyntax],
    },
  },
  {
    files: ['components/**', 'entrypoints/**', 'lib/**'],
    ignores: ['lib/db/**'],
    rules: { 'no-restricted-imports': ['error', noDexie] },
  },
  {
    files: ['lib/analysis/**', 'lib/templates/**', 'lib/schedule/**', 'lib/metrics/**', 'lib/thread-reading.ts', 'lib/follow-up-context.ts', 'lib/prep-sheet-text.ts', 'lib/pending-items.ts', 'lib/safe-json.ts', 'lib/export/**', 'lib/domain.ts', 'lib/records.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...noDexie,
          patterns: [{ group: ['wxt/*', 'wxt', '**/sites/*', '**/db/*'], allowTypeImports: true, message: 'Pure logic: no extension or DOM modules.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Authors' corpus sets are data as written: real mail has ideographic and no-break spaces in it.
    files: ['tests/fixtures/analysis/authors/**'],
    rules: { 'no-irregular-whitespace': 'off' },
  },
);
