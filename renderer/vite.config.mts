// The renderer bundle: dist/renderer, loaded by the app:// protocol. No inline script anywhere (the page's
// CSP allows scripts from 'self' only), no source maps in the package.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    // Same css-tree build as the Node bundles (see build/build-node.mjs).
    alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // The preload polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
  },
});
