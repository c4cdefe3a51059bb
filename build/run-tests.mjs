// `npm test`: builds, type-checks every layer, lints, makes sure Chromium is there for the browser tests,
// runs vitest, and ends with the line `N passed, N failed` that CI reads (each gate counts as one test).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const CHROMIUM = process.env.MAILLENS_CHROMIUM ?? '/usr/bin/chromium';

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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A Debian package the tests need (`program` is the file it provides): found, or installed with apt-get
 * when we are root; otherwise a clear message saying how to get it.
 */
function ensureDebianPackage(what, program, pkg, why) {
  if (existsSync(program)) return true;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(`\n${what} is not at ${program}: installing Debian's ${pkg} package.\n`);
    return (
      step('apt-get update', 'apt-get', ['update', '-qq']) &&
      step(`install ${pkg}`, 'apt-get', ['install', '-y', '-qq', pkg]) &&
      existsSync(program)
    );
  }
  process.stdout.write(
    `\n${what} is not at ${program}. ${why}: install it (Debian: "sudo apt-get install ${pkg}")` +
      (pkg === 'chromium' ? ', or set MAILLENS_CHROMIUM to its path' : '') +
      '. They will fail until then.\n',
  );
  return false;
}

const npx = 'npx';
gate('build cli and worker', 'node', ['build/build-node.mjs']);
gate('build app', 'node', ['build/build-app.mjs']);
gate('typecheck shared', npx, ['tsc', '-p', 'shared']);
gate('typecheck electron', npx, ['tsc', '-p', 'electron']);
gate('typecheck renderer', npx, ['tsc', '-p', 'renderer']);
gate('typecheck tests', npx, ['tsc', '-p', 'tests']);
gate('typecheck renderer tests', npx, ['tsc', '-p', 'tests/renderer']);
gate('eslint', npx, ['eslint', '.']);
gate('prettier', npx, ['prettier', '--check', '.']);
gate('electronegativity', 'node', ['build/electronegativity.mjs']);
if (ensureDebianPackage('Chromium', CHROMIUM, 'chromium', 'The browser tests need it')) results.passed += 1;
else results.failed += 1;
if (ensureDebianPackage('pdftotext', '/usr/bin/pdftotext', 'poppler-utils', 'The report tests read PDFs with it')) {
  results.passed += 1;
} else results.failed += 1;

const report = '.vitest-results.json';
rmSync(report, { force: true });
step('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  // A test file that fails to load reports no tests; count each such file as one failure.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  results.failed += json.numFailedTests + brokenFiles.length;
} else {
  results.failed += 1; // vitest did not even report
}

process.stdout.write(`\n${results.passed} passed, ${results.failed} failed\n`);
process.exitCode = results.failed === 0 ? 0 : 1;
