// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

/**
 * The rule's defaults, and cells that say they are cells: tables whose `display`
 * changes on a narrow screen (.reflow in src/styles/global.css) carry explicit
 * table roles, which the rule takes a <td> (a grid cell to it) to give up.
 */
const tableCellRoles = { tr: ['none', 'presentation'], canvas: ['img'], td: ['cell'] };

export default defineConfig(
  {
    ignores: ['dist*', '.astro/', '.node/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    files: ['src/components/islands/**/*.tsx', 'tests/islands/**/*.tsx'],
    // The plugin's published types predate ESLint 10's; the config itself is fine.
    .../** @type {import('eslint').Linter.Config} */ (/** @type {unknown} */ (solid)),
  },
  {
    // The same accessibility rules for Solid's JSX as for Astro markup.
    files: ['src/components/islands/**/*.tsx'],
    ...jsxA11y.configs.strict,
    rules: {
      ...jsxA11y.configs.strict.rules,
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      'jsx-a11y-x/no-interactive-element-to-noninteractive-role': ['error', tableCellRoles],
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // A scrollable table region must be focusable so keyboard users can scroll it.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', tableCellRoles],
      'astro/jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/pages/**', '**/layouts/**', '**/data/**'],
              message: 'src/lib is framework-free: it must not import components, pages or data.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/lib is held to the one-way import rule above.
    files: ['**/*'],
    ignores: ['src/lib/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Islands ship to the browser: Solid and framework-free src/lib only, so no
    // content loader, component or Astro module is pulled into the bundle.
    files: ['src/components/islands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!solid-js(/|$)|\\.\\./\\.\\./lib/|\\./)',
              message: 'An island imports only solid-js, src/lib and files beside it.',
            },
          ],
        },
      ],
    },
  },
);
