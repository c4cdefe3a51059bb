import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Same css-tree build as the bundles use (see build/build-node.mjs).
    alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
