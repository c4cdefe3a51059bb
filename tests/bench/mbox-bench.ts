// `npm run bench -- --mbox [size in MB, default 1024]`: memory and speed of `maillens scan` on one big
// mailbox. Builds an mbox in the system's temporary folder (never in the repository) from the corpus's
// .eml files (../shared/corpus/eml), each after a `From ` separator line with its body's `From ` lines
// quoted (mboxrd: `From ` -> `>From `, `>From ` -> `>>From `), repeated until the size is reached. Then
// runs the built CLI on it, one process per mode (--jsonl, --json, the table, --csv, --by-sender),
// output read through a pipe and counted, and a bare single-thread mailparser `simpleParser` pass over
// the same messages in a process of its own, before the first mode and after each (the ratio of a mode
// is against the mean of the bare passes around it, as the machine's speed drifts). Prints wall time and peak RSS of each process (worker
// threads share their process's memory, so that is the whole CLI). Then the app's main side on the
// same mbox, in a child of its own (tests/bench/mailbox-app-bench.ts --session): a MailboxSession
// read to the end with two workers, its peak RSS, and the time to show message N (report and
// preview) for the first, middle and last message and 20 random ones. Asserts nothing (no timed tests).

import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';

import { readMboxMessages } from '../../electron/readers/mbox-reader';

const REPO = join(__dirname, '..', '..');
const CORPUS_EML = join(REPO, '..', 'shared', 'corpus', 'eml');
const WORK = join(tmpdir(), 'maillens-bench');
const MB = 1024 * 1024;
const SEPARATOR = Buffer.from('From maillens-bench@example.invalid Thu Jan  1 00:00:00 2026\n');

function emlFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...emlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.eml')) out.push(path);
  }
  return out.sort();
}

/** A message as it is stored in an mboxrd file: `From ` lines quoted, ending in a line end. */
function munged(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1').replace(/^(>*From )/gm, '>$1');
  return Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'latin1');
}

function buildMbox(targetMb: number): { path: string; messages: number; bytes: number } {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, `corpus-${targetMb}mb.mbox`);
  const manifest = `${path}.json`;
  if (existsSync(path) && existsSync(manifest)) {
    const known = JSON.parse(readFileSync(manifest, 'utf8')) as { messages: number; bytes: number };
    if (statSync(path).size === known.bytes) return { path, ...known };
  }
  const messages = emlFiles(CORPUS_EML).map((file) => munged(readFileSync(file)));
  if (messages.length === 0) throw new Error(`no .eml files under ${CORPUS_EML}`);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let count = 0;
  try {
    while (bytes < targetMb * MB) {
      for (const message of messages) {
        writeSync(fd, SEPARATOR);
        writeSync(fd, message);
        writeSync(fd, '\n');
        bytes += SEPARATOR.length + message.length + 1;
        count += 1;
        if (bytes >= targetMb * MB) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(manifest, JSON.stringify({ messages: count, bytes }));
  return { path, messages: count, bytes };
}

/** Preloaded into each measured process: writes its peak RSS (all threads) when it exits. */
const PROBE = `process.on('exit', () => require('node:fs').writeFileSync(process.env.MAILLENS_BENCH_RSS,
  String(process.resourceUsage().maxRSS * 1024)));\n`;

interface Run {
  readonly seconds: number;
  readonly peakRss: number;
  readonly outputBytes: number;
  readonly outputLines: number;
  readonly code: number | null;
}

function measure(args: string[]): Promise<Run> {
  const probe = join(WORK, 'rss-probe.js');
  writeFileSync(probe, PROBE);
  const rssFile = join(WORK, `rss-${process.pid}.txt`);
  const start = performance.now();
  const child = spawn(process.execPath, ['-r', probe, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MAILLENS_BENCH_RSS: rssFile },
  });
  let outputBytes = 0;
  let outputLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    outputBytes += chunk.length;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outputLines += 1;
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) process.stderr.write(`  (exit code ${code}) ${stderr}\n`);
      const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      resolve({ seconds, peakRss, outputBytes, outputLines, code });
    });
  });
}

/** The baseline, run as `mbox-bench.js --bare <mbox>`: split the mbox, simpleParser each message, one thread. */
async function bare(path: string): Promise<void> {
  let messages = 0;
  for await (const message of readMboxMessages(path)) {
    if (message.error) continue;
    await simpleParser(message.bytes);
    messages += 1;
  }
  process.stdout.write(`${messages}\n`);
}

async function main(): Promise<void> {
  const targetMb = Number(process.argv[2] ?? process.env.BENCH_MBOX_MB ?? 1024);
  if (!(targetMb > 0)) throw new Error('the mbox size is a number of MB');
  const built = performance.now();
  const mbox = buildMbox(targetMb);
  console.log(
    `mbox bench: ${mbox.path}: ${(mbox.bytes / MB).toFixed(0)} MB, ${mbox.messages} messages ` +
      `(built or found in ${((performance.now() - built) / 1000).toFixed(1)} s)`,
  );
  const cli = join(REPO, 'bin', 'maillens.js');
  const modes: Array<[string, string[]]> = [
    ['maillens scan --jsonl', [cli, 'scan', mbox.path, '--jsonl']],
    ['maillens scan --json', [cli, 'scan', mbox.path, '--json']],
    ['maillens scan (table)', [cli, 'scan', mbox.path]],
    ['maillens scan --csv', [cli, 'scan', mbox.path, '--csv']],
    ['maillens scan --by-sender', [cli, 'scan', mbox.path, '--by-sender']],
  ];
  const bareArgs = [__filename, '--bare', mbox.path];
  const print = (label: string, run: Run) =>
    console.log(
      `${label.padEnd(30)} ${run.seconds.toFixed(1).padStart(7)} s  ${(mbox.messages / run.seconds).toFixed(0).padStart(5)} messages/s  ` +
        `${(mbox.bytes / MB / run.seconds).toFixed(1).padStart(5)} MB/s  peak RSS ${(run.peakRss / MB).toFixed(0).padStart(5)} MB  ` +
        `output ${(run.outputBytes / MB).toFixed(1)} MB, ${run.outputLines} lines`,
    );
  // The machine's speed drifts over minutes (shared cores): a bare pass runs before the first mode and
  // after every mode, and each mode is compared with the mean of the bare passes just before and after it.
  const bares: Run[] = [await measure(bareArgs)];
  print('bare simpleParser, 1 thread', bares[0]!);
  const results: Array<[string, Run, number]> = [];
  for (const [label, args] of modes) {
    const run = await measure(args);
    print(label, run);
    const after = await measure(bareArgs);
    print('bare simpleParser, 1 thread', after);
    results.push([label, run, (bares.at(-1)!.seconds + after.seconds) / 2]);
    bares.push(after);
  }
  for (const [label, run, bareSeconds] of results) {
    console.log(
      `${label.padEnd(30)} ${(run.seconds / bareSeconds).toFixed(2)}x the bare passes' wall time around it ` +
        `(${bareSeconds.toFixed(1)} s); peak RSS ${(run.peakRss / MB).toFixed(0)} MB (target <= 300 MB)`,
    );
  }
  await appMainSide(mbox.path);
}

/** The app's main side on the same mbox: mailbox-app-bench.js --session, one child process. */
async function appMainSide(path: string): Promise<void> {
  const script = join(__dirname, 'mailbox-app-bench.js');
  if (!existsSync(script)) {
    console.log('app main side: dist/bench/mailbox-app-bench.js not built; skipped');
    return;
  }
  let text = '';
  const child = spawn(process.execPath, [script, '--session', path], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = text.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    console.log(`app main side: the session child failed (exit code ${code})`);
    return;
  }
  const result = JSON.parse(line) as {
    messages: number;
    errors: number;
    wallMs: number;
    firstRowsMs: number;
    peakRssMb: number;
    showMs: { first: number; middle: number; last: number; random: number[] };
  };
  const random = [...result.showMs.random].sort((a, b) => a - b);
  console.log(
    `app main side (MailboxSession, 2 workers): ${(result.wallMs / 1000).toFixed(1)} s for ${result.messages} messages ` +
      `(${result.errors} errors), first rows after ${result.firstRowsMs} ms, peak RSS ${result.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `app main side, show message N (report + preview): first ${result.showMs.first} ms, middle ${result.showMs.middle} ms, ` +
      `last ${result.showMs.last} ms; 20 random: median ${random[10]} ms, max ${random.at(-1)} ms`,
  );
}

if (process.argv[2] === '--bare') {
  bare(process.argv[3]!).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
