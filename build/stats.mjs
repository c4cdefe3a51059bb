// `npm run stats`: builds and runs the tracking statistics over the phishing-pot sample (figures only).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: { 'phishing-pot-stats': 'tests/stats/phishing-pot-stats.ts' },
  outdir: 'dist/stats',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
});
execFileSync(process.execPath, ['dist/stats/phishing-pot-stats.js', ...process.argv.slice(2)], { stdio: 'inherit' });
