// `npm run fuzz [inputs]`: the long fuzzing run (default 100,000 mutated mails; CI runs 10,000).
import { spawnSync } from 'node:child_process';

const inputs = process.argv[2] ?? '100000';
spawnSync('node', ['build/build-node.mjs'], { stdio: 'inherit' });
const run = spawnSync('npx', ['vitest', 'run', 'tests/security/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, MAILLENS_FUZZ_INPUTS: inputs },
});
process.exitCode = run.status ?? 1;
