// Lint rules: TypeScript-aware, React hooks, and the layering rule that keeps src/domain pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'maplibre lives behind the wrapper in src/map.' },
          { group: ['node:*'], message: 'src runs in the browser: Node built-ins belong in scripts/.' },
        ],
      }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'maplibre-gl', 'zustand', 'zustand/*'], message: 'src/domain must stay pure: no React, maplibre or zustand.' },
          { group: ['../ui/*', '../map/*', '../state/*', '../data/*'], message: 'src/domain must not depend on outer layers.' },
          { group: ['node:*', 'fs', 'path'], message: 'src/domain runs in the browser too: no Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
