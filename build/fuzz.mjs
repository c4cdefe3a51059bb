// `npm run fuzz [inputs] [seed]`: the long fuzzing run (default 100,000 mutated mails drawn with a new
// seed each time; CI runs 10,000 with a fixed one). Every input that fails is kept as a regression fixture.
import { spawnSync } from 'node:child_process';

const inputs = process.argv[2] ?? '100000';
const seed = process.argv[3] ?? String(Date.now() % 2 ** 31);
console.log(
  `fuzzing ${inputs} inputs, seed ${seed}; every input that fails is kept in tests/fixtures/fuzz-regressions/`,
);
spawnSync('node', ['build/build-node.mjs'], { stdio: 'inherit' });
const run = spawnSync('npx', ['vitest', 'run', 'tests/security/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, MAILLENS_FUZZ_INPUTS: inputs, MAILLENS_FUZZ_SEED: seed },
});
process.exitCode = run.status ?? 1;
