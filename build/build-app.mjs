// Builds the desktop app: main process and its parse worker (dist/main), preload (dist/preload), both
// bundled by esbuild; the React renderer by Vite (dist/renderer). `electron` stays external.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  external: ['electron'],
  // See build/bundle-node.mjs: css-tree's self-contained build carries its data inline.
  alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
};

await build({
  ...common,
  entryPoints: { main: 'electron/main/main.ts', 'parse-worker': 'electron/engine/parse-worker.ts' },
  outdir: 'dist/main',
});
// A sandboxed preload may only require a few modules (electron's renderer parts among them): one file.
await build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/preload' });

execFileSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
