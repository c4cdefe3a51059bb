// Lint, including the layer rules: a file's folder says where it runs and what it may import
// (see ../shared/notes/style.md). tsconfig per layer enforces the same for types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const noNodeNoElectron = {
  paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'this layer runs without Node and Electron' })),
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'tests/fixtures/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeNoElectron,
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing outside shared/' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeNoElectron,
          patterns: [{ group: ['**/electron/**'], message: 'the renderer reaches main only through the preload API' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'the Node side never imports the UI' }] },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'build/**/*.{js,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
