// `npm run stats`: builds and runs the tracking statistics over the phishing-pot sample (figures only).
import { execFileSync } from 'node:child_process';

import { bundleNode } from './bundle-node.mjs';

await bundleNode({ 'phishing-pot-stats': 'tests/stats/phishing-pot-stats.ts' }, 'dist/stats');
execFileSync(process.execPath, ['dist/stats/phishing-pot-stats.js', ...process.argv.slice(2)], { stdio: 'inherit' });
