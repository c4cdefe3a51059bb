// `npm run bench`: builds the Node bundles and the benchmark, then runs it (figures only, no assertions).
// `npm run bench -- --mbox [MB]`: the mailbox benchmark instead (tests/bench/mbox-bench.ts): peak RSS and
// wall time of `maillens scan --jsonl`, `--json`, the table, `--csv` and `--by-sender` on a ~1 GB mbox built
// in the temp folder, then the app's main side (a MailboxSession) on the same mbox.
// `npm run bench -- --app [MB]`: the app's main side on that size of mbox and on a 10,000-file folder
// (tests/bench/mailbox-app-bench.ts): peak RSS, first rows, message N, cancel latency.
import { execFileSync } from 'node:child_process';

import { bundleNode } from './bundle-node.mjs';

const BENCHES = {
  '--mbox': { 'mbox-bench': 'tests/bench/mbox-bench.ts', 'mailbox-app-bench': 'tests/bench/mailbox-app-bench.ts' },
  '--app': { 'mailbox-app-bench': 'tests/bench/mailbox-app-bench.ts' },
};
const args = process.argv.slice(2);
const chosen = BENCHES[args[0]];
const entries = chosen ?? {
  'scan-bench': 'tests/bench/scan-bench.ts',
  'mailparser-worker': 'tests/bench/mailparser-worker.ts',
};
execFileSync(process.execPath, ['build/build-node.mjs'], { stdio: 'inherit' });
await bundleNode(entries, 'dist/bench');
const script = `dist/bench/${Object.keys(entries)[0]}.js`;
execFileSync(process.execPath, [script, ...args.slice(chosen ? 1 : 0)], { stdio: 'inherit' });
