import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Nothing but the background entrypoint imports lib/background. */
const NO_BACKGROUND = [
  { group: ['**/background', '**/background/*'], message: 'Only entrypoints/background imports lib/background: send a message instead.' },
];

/** What content-script code may not import (values; `import type` is allowed). */
const CONTENT_SCRIPT_BANS = [
  ...NO_BACKGROUND,
  {
    group: ['zod', 'dexie', '**/db', '**/db/*', '**/messaging/protocol', '**/messaging/router'],
    allowTypeImports: true,
    message: 'Content scripts never import zod, Dexie or the database: the background validates what they send.',
  },
  // einvoice: the e-invoice reader (pdf-lib, fast-xml-parser) runs in extension pages only, lazily.
  {
    group: ['**/einvoice', '**/einvoice/*'],
    allowTypeImports: true,
    message: 'The e-invoice reader is for extension pages (a lazy import()), never a content script.',
  },
  // The pages' strings (desk, settings…) would weigh on every page a content script runs on.
  {
    regex: '(^|/)i18n(/index)?$',
    allowTypeImports: true,
    message: 'Content scripts take their strings from lib/i18n/content, which holds only theirs.',
  },
  // The core barrel and its schema files pull zod in; minor-units, calendar and limits are zod-free.
  {
    regex: '(^|/)core(/(?!(minor-units|calendar|limits)$)[^/]+)?$',
    allowTypeImports: true,
    message: 'Import lib/core/minor-units, lib/core/calendar or lib/core/limits (zod-free), or `import type`.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'demo-profile/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
      'demo/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'no-unsanitized': noUnsanitized, 'react-hooks': reactHooks },
    rules: {
      // Page text must never become markup: innerHTML, outerHTML, insertAdjacentHTML, document.write.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Build nodes; never inject HTML strings.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval under the extension CSP.' },
        {
          selector: "MemberExpression[object.name='Handlebars'][property.name='compile']",
          message: 'Handlebars.compile uses eval: use renderTemplate.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Layers, checked here rather than promised in comments (STYLE.md: "rules the house enforces").
  {
    // Content-script code: zod would triple the scripts' size, and Dexie or the background have
    // no business in a page's world. Types may still be imported: they vanish at build time.
    files: ['lib/mail/**', 'lib/portal/**', 'lib/capture/**', 'lib/parse/**', 'lib/format/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CONTENT_SCRIPT_BANS }] },
  },
  {
    // Presentational React: props in, JSX out.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NO_BACKGROUND,
            {
              group: ['dexie', '**/db', '**/db/*', 'wxt/browser', '#imports'],
              message: 'components/ is presentational: no storage and no browser APIs; take data as props.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'components/ is presentational: no browser.* (pass callbacks as props).' },
        { name: 'chrome', message: 'components/ is presentational: no chrome.*.' },
      ],
    },
  },
  {
    // Only the background's own entrypoint wires lib/background; pages talk to it by messages.
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    ignores: [
      'lib/background/**',
      'entrypoints/background/**',
      'lib/mail/**',
      'lib/portal/**',
      'lib/capture/**',
      'lib/parse/**',
      'lib/format/**',
      'components/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: NO_BACKGROUND }] },
  },
  {
    // Tests use Handlebars.compile as the parity oracle in Node, where eval is allowed.
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  {
    // Playwright fixtures call `use()` and take `{}`: not React hooks.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  // Last: layout is Prettier's (npm run format), so no lint rule argues with it.
  prettier,
);
