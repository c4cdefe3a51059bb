// `npm run stats`: builds and runs the tracking statistics (figures only): the phishing-pot sample next to
// an independent simple count, then the whole team corpus next to the peers' rules and heuristics.
import { execFileSync } from 'node:child_process';

import { bundleNode } from './bundle-node.mjs';

await bundleNode(
  { 'phishing-pot-stats': 'tests/stats/phishing-pot-stats.ts', 'peer-stats': 'tests/stats/peer-stats.ts' },
  'dist/stats',
);
execFileSync(process.execPath, ['dist/stats/phishing-pot-stats.js', ...process.argv.slice(2)], { stdio: 'inherit' });
execFileSync(process.execPath, ['dist/stats/peer-stats.js'], { stdio: 'inherit' });
