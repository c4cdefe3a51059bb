// Bundles the Node side (CLI and parsing worker) with esbuild into dist/node/.
// ESM-only dependencies (htmlparser2, css-tree) are bundled, so the output is plain CommonJS.
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'electron/cli/main.ts',
    'parse-worker': 'electron/engine/parse-worker.ts',
  },
  outdir: 'dist/node',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  // css-tree's ESM entry loads its data with createRequire(import.meta.url), which a bundle cannot
  // follow; its self-contained distribution build carries the data inline.
  alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
});
