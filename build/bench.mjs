// `npm run bench`: builds the Node bundles and the benchmark, then runs it (figures only, no assertions).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

execFileSync(process.execPath, ['build/build-node.mjs'], { stdio: 'inherit' });
await build({
  entryPoints: {
    'scan-bench': 'tests/bench/scan-bench.ts',
    'mailparser-worker': 'tests/bench/mailparser-worker.ts',
  },
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
});
execFileSync(process.execPath, ['dist/bench/scan-bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
