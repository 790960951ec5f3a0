// npm run lint: eslint with typescript-eslint (type-aware on the browser code), lit's and web
// components' rules on the element, and prettier's check of the formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'build/', 'coverage/', 'e2e-out/', 'tmp/', '**/node_modules/', 'tenant/build/', 'examples/*/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a binding kept on purpose: a rest sibling left out of a copy, a parameter a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked, lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // lit renders anything in a text binding as text; numbers in texts are fine.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['test/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  { files: ['**/*.mjs', '**/*.js', 'tenant/**/*.ts', 'vite.config.ts'], languageOptions: { globals: globals.node } },
  // The tenant's tests read Auth0-shaped JSON answers field by field, without a schema; the assertions check the shapes.
  { files: ['tenant/test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['e2e/**/*.mjs', 'scripts/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
