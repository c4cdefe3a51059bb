// `npm test`: builds, type-checks every layer, lints, runs vitest, and ends with the line
// `N passed, N failed` that CI reads (the gates count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };

function step(name, command, args) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  process.stdout.write(`=== ${name}: ${ok ? 'ok' : 'FAILED'}\n`);
  return ok;
}

function gate(name, command, args) {
  if (step(name, command, args)) results.passed += 1;
  else results.failed += 1;
}

const npx = 'npx';
gate('build', 'node', ['build/build-node.mjs']);
gate('typecheck shared', npx, ['tsc', '-p', 'shared']);
gate('typecheck electron', npx, ['tsc', '-p', 'electron']);
gate('typecheck tests', npx, ['tsc', '-p', 'tests']);
gate('eslint', npx, ['eslint', '.']);
gate('prettier', npx, ['prettier', '--check', '.']);

const report = '.vitest-results.json';
rmSync(report, { force: true });
step('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed +=
    json.numFailedTests + (json.numTotalTestSuites && json.success === false && json.numFailedTests === 0 ? 1 : 0);
} else {
  results.failed += 1; // vitest did not even report
}

process.stdout.write(`\n${results.passed} passed, ${results.failed} failed\n`);
process.exitCode = results.failed === 0 ? 0 : 1;
