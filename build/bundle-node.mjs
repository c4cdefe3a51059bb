// One esbuild set-up for every Node bundle (CLI, parse worker, benchmark, statistics).
// ESM-only dependencies (htmlparser2, css-tree) are bundled, so the output is plain CommonJS.
import { build } from 'esbuild';

export function bundleNode(entryPoints, outdir) {
  return build({
    entryPoints,
    outdir,
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
}
