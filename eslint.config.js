// Lint also enforces the architecture, by folder (tests/lint/layers.test.ts checks that each rule fires):
// - the mail page's DOM belongs to lib/sites (and the entrypoints that start it);
// - the content script (entrypoints/mail.content, lib/sites) carries no React, TanStack Query, zod,
//   Dexie, analyzer or storage code;
// - only lib/db imports Dexie, and components never hold the database handle (lib/db/access does);
// - lib/platform holds the few browser-page helpers (i18n, downloads);
// - everything else in lib is pure: no DOM and no browser API, it runs in Node.
// Every rule lists its bans in full for its folder, so a later block never drops an earlier one's bans.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ban = (names, message) => names.map((name) => ({ name, message }));

const DOM_GLOBALS = ban(['document', 'window', 'MutationObserver', 'getSelection'], 'Host-page DOM belongs to lib/sites (or an entrypoint); pass typed data instead.');
const BROWSER_GLOBALS = ban(
  ['browser', 'chrome', 'navigator', 'indexedDB', 'localStorage', 'fetch', 'XMLHttpRequest'],
  'Pure logic: no browser APIs here, it runs in Node.',
);
const NO_INNER_HTML = { selector: "MemberExpression[property.name='innerHTML']", message: 'Email content is hostile: render text through React, never innerHTML.' };
// React DOM's innerHTML path: Mozilla's add-on lint reports it in the bundle (scripts/lint-addon.mjs lets
// it through as library code only because nothing of ours reaches it).
const NO_DANGEROUS_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Email content is hostile: render text through React, never dangerouslySetInnerHTML.' };
const NO_SELECTORS = { selector: 'MemberExpression[property.name=/^querySelector(All)?$/]', message: 'Selectors live in lib/sites/<site>/selectors.ts.' };

const DEXIE = { group: ['dexie', 'dexie-react-hooks'], message: 'Only lib/db imports Dexie; use lib/db/access (pages) or messages (content script).' };
const DB_HANDLE = { group: ['**/db/database'], allowTypeImports: true, message: 'Components never hold the database handle: use lib/db/access.' };
const HEAVY_IN_PAGE = {
  group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'zod', 'zod/*', 'dexie', 'dexie-react-hooks', '**/analysis', '**/analysis/*', '**/db/*', '**/components/*', '**/messages/client', '**/messages/protocol', '**/messages/server', '**/templates/*'],
  allowTypeImports: true,
  message: 'The content script stays small: no React, TanStack Query, zod, Dexie, analyzer or storage in the mail page (they run in the background or the sidebar frame).',
};
const EXTENSION_ONLY = { group: ['wxt', 'wxt/*', '**/sites/*', '**/db/*', '**/platform/*'], allowTypeImports: true, message: 'Pure logic: no extension, DOM or storage modules.' };

const restrictImports = (...patterns) => ({ 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'scripts/*.py', 'tests/lint/samples/**'] },
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
    files: ['components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // The content script side: DOM allowed, nothing heavy.
  {
    files: ['lib/sites/**', 'entrypoints/mail.content/**'],
    rules: { 'no-restricted-syntax': ['error', NO_INNER_HTML, NO_DANGEROUS_HTML], ...restrictImports(HEAVY_IN_PAGE) },
  },
  // Extension contexts that are not the mail page: no host DOM, no selectors.
  {
    files: ['components/**', 'lib/background/**', 'lib/messages/**', 'lib/db/**'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS], 'no-restricted-syntax': ['error', NO_INNER_HTML, NO_DANGEROUS_HTML, NO_SELECTORS] },
  },
  {
    files: ['components/**'],
    rules: restrictImports(DEXIE, DB_HANDLE),
  },
  {
    files: ['lib/background/**', 'lib/messages/**', 'lib/platform/**', 'entrypoints/background.ts', 'entrypoints/dashboard/**', 'entrypoints/options/**', 'entrypoints/sidebar/**'],
    rules: { 'no-restricted-syntax': ['error', NO_INNER_HTML, NO_DANGEROUS_HTML, NO_SELECTORS], ...restrictImports(DEXIE) },
  },
  // Everything else in lib is pure.
  {
    files: ['lib/**'],
    ignores: ['lib/sites/**', 'lib/db/**', 'lib/background/**', 'lib/messages/**', 'lib/platform/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...BROWSER_GLOBALS],
      'no-restricted-syntax': ['error', NO_INNER_HTML, NO_DANGEROUS_HTML, NO_SELECTORS],
      ...restrictImports(DEXIE, EXTENSION_ONLY),
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
