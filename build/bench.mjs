// `npm run bench`: builds the Node bundles and the benchmark, then runs it (figures only, no assertions).
import { execFileSync } from 'node:child_process';

import { bundleNode } from './bundle-node.mjs';

execFileSync(process.execPath, ['build/build-node.mjs'], { stdio: 'inherit' });
await bundleNode(
  { 'scan-bench': 'tests/bench/scan-bench.ts', 'mailparser-worker': 'tests/bench/mailparser-worker.ts' },
  'dist/bench',
);
execFileSync(process.execPath, ['dist/bench/scan-bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
