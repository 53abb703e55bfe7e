// Lint rules, including the process split: only the Electron shell may import `electron`,
// `shared/` stays free of Node built-ins, and the renderer never reaches into `main/`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnlyInShell = {
  name: 'electron',
  message: 'Only main/shell may import electron; keep the core runnable in plain Node.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.native/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  // Test helpers read typed results back out of IPC answers; a return-only type parameter
  // is the honest way to say "this answer holds a T".
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unnecessary-type-parameters': 'off' },
  },
  // Core, shared, renderer, tests: never electron.
  {
    files: ['main/core/**', 'shared/**', 'renderer/**', 'tests/unit/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [{ group: ['electron/*'], message: electronOnlyInShell.message }],
        },
      ],
    },
  },
  // shared/: importable by both processes, so no Node built-ins and nothing from main/.
  {
    files: ['shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
              message: 'shared/ must not import Node built-ins.',
            },
            { group: ['**/main/**', '../main/*'], message: 'shared/ must not import main/.' },
            { group: ['**/renderer/**'], message: 'shared/ must not import the renderer.' },
          ],
        },
      ],
    },
  },
  // renderer/: a browser page; nothing from main/, no Node built-ins, no electron.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            {
              group: ['**/main/**', '../main/*', '../../main/*'],
              message: 'The renderer talks to main only through the typed IPC client.',
            },
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page.' },
            {
              group: ['**/shared/contract*'],
              allowTypeImports: true,
              message: 'Import only types from the contract: zod stays out of the renderer bundle.',
            },
          ],
        },
      ],
    },
  },
  // main/core: plain Node, must not reach the shell either.
  {
    files: ['main/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            { group: ['electron/*'], message: electronOnlyInShell.message },
            {
              group: ['**/shell/**', '../shell/*'],
              message: 'The core must not depend on the Electron shell.',
            },
          ],
        },
      ],
    },
  },
);
