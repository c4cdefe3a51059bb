// `npm run bench`: builds the Node bundles and the benchmark, then runs it (figures only, no assertions).
// `npm run bench -- --mbox [MB]`: the mailbox benchmark instead (tests/bench/mbox-bench.ts): peak RSS and
// wall time of `maillens scan --jsonl`, `--json` and the table on a ~1 GB mbox built in the temp folder.
import { execFileSync } from 'node:child_process';

import { bundleNode } from './bundle-node.mjs';

const args = process.argv.slice(2);
const mbox = args[0] === '--mbox';
execFileSync(process.execPath, ['build/build-node.mjs'], { stdio: 'inherit' });
await bundleNode(
  mbox
    ? { 'mbox-bench': 'tests/bench/mbox-bench.ts' }
    : { 'scan-bench': 'tests/bench/scan-bench.ts', 'mailparser-worker': 'tests/bench/mailparser-worker.ts' },
  'dist/bench',
);
execFileSync(
  process.execPath,
  [mbox ? 'dist/bench/mbox-bench.js' : 'dist/bench/scan-bench.js', ...args.slice(mbox ? 1 : 0)],
  {
    stdio: 'inherit',
  },
);
