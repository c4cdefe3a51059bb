// Lint, including the layer rules: a file's folder says where it runs and what it may import
// (see ../shared/notes/style.md). tsconfig per layer enforces the same for types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// Raw IPC lives in two files only (GitHub Desktop's rule), both typed by shared/ipc/contract.ts.
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'raw IPC is only for electron/main/ipc-main.ts and electron/preload/preload.ts; use their typed wrappers',
};
const rawIpcFiles = ['electron/main/ipc-main.ts', 'electron/preload/preload.ts'];
const nodeSideNoUi = { group: ['**/renderer/**'], message: 'the Node side never imports the UI' };

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
      'no-restricted-imports': ['error', { patterns: [nodeSideNoUi] }],
    },
  },
  {
    // Same layer rule as above, plus the raw-IPC ban; a later block replaces the rule's options, so both
    // are given here.
    files: ['electron/**/*.ts'],
    ignores: rawIpcFiles,
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpc], patterns: [nodeSideNoUi] }],
    },
  },
  {
    files: ['bin/**/*.js', 'build/**/*.{js,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['tests/renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
);
