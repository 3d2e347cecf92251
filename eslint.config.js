// Lint rules: TypeScript-aware, React hooks, and the layering rules: the README's architecture arrows, src/domain pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The README's architecture arrows ("Imports"): what each layer under src/ may import besides itself. Every other
 * layer is forbidden; an entry 'map/mapTypes' allows that one module of the layer and nothing else of it.
 * tests/unit/layers/layerRules.test.ts checks that this table, the README and the lint results agree.
 */
export const LAYER_IMPORTS = {
  domain: [],
  i18n: ['domain'],
  data: ['domain'],
  state: ['domain', 'data', 'i18n', 'map/mapTypes'],
  map: ['domain', 'i18n'],
  ui: ['domain', 'data', 'state', 'map', 'i18n'],
  app: ['domain', 'data', 'state', 'i18n'],
};

const ALL_SRC = [
  { group: ['node:*'], message: 'src runs in the browser: Node built-ins belong in scripts/.' },
  {
    group: ['**/scripts', '**/scripts/**', '**/tests', '**/tests/**'],
    message: 'src never imports scripts/ or tests/.',
  },
];
const NO_MAPLIBRE = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'maplibre lives behind the wrapper in src/map.',
};
const DOMAIN_PURE = [
  {
    group: ['react', 'react-dom', 'react/*', 'maplibre-gl', 'zustand', 'zustand/*'],
    message: 'src/domain must stay pure: no React, maplibre or zustand.',
  },
  { group: ['fs', 'path'], message: 'src/domain runs in the browser too: no Node built-ins.' },
];

/** One `no-restricted-imports` block per layer (flat config replaces a rule's options per file, so each is whole). */
function layerBlocks() {
  const layers = Object.keys(LAYER_IMPORTS);
  const blocks = layers.map((layer) => {
    const allowed = LAYER_IMPORTS[layer];
    const patterns = [...ALL_SRC];
    if (layer !== 'map') patterns.push(NO_MAPLIBRE);
    if (layer === 'domain') patterns.push(...DOMAIN_PURE);
    for (const other of layers) {
      if (other === layer || allowed.includes(other)) continue;
      const only = allowed.filter((a) => a.startsWith(`${other}/`)).map((a) => a.slice(other.length + 1));
      // A relative import with the layer's folder in it: '../state/store', '../../map/MapView'; the allowed modules
      // ('map/mapTypes') are left out by a lookahead.
      const except = only.map((m) => `(?!${m}(\\.ts)?$)`).join('');
      const regex = `^\\.\\.?/(.*/)?${other}(/${except}|$)`;
      const but = only.length > 0 ? ` (only ${only.map((m) => `src/${other}/${m}.ts`).join(', ')})` : '';
      patterns.push({
        regex,
        message: `src/${layer} must not import src/${other}${but}: see the README's architecture arrows.`,
      });
    }
    return {
      files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
  // The entry points (main.tsx, App.tsx) wire every layer together.
  blocks.push({
    files: ['src/*.ts', 'src/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...ALL_SRC, NO_MAPLIBRE] }] },
  });
  blocks.push({
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'] },
  });
  return blocks;
}

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
  ...layerBlocks(),
);
