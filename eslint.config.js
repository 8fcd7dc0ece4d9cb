import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'demo-profile/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'demo/**/*.js'] },
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
        { selector: "MemberExpression[object.name='Handlebars'][property.name='compile']", message: 'Handlebars.compile uses eval: use renderTemplate.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
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
);
