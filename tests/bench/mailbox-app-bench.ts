// `npm run bench -- --app [MB]`: the app's main side on a whole mailbox (issue 10), in child processes
// of their own so each peak RSS is the process's (worker threads included):
// - a MailboxSession over a generated ~1 GB mbox of corpus mails, read to the end with two workers:
//   wall time, time to the first rows, peak RSS, and the time to show message N (full report and
//   preview, by seeking to its span) for the first, middle and last message and 20 random ones;
// - cancel latency: the same mbox, and a folder of 10,000 mail files, canceled part way as the app's
//   Cancel button does (the session stops, the pool's workers are ended); the time until nothing runs,
//   and whether anything was read after it.
// Figures only, no assertions (no timed tests). The inputs are built in the system's temporary folder.

import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { MailboxSession } from '../../electron/engine/mailbox-session';
import { useSmallNursery } from '../../electron/engine/small-nursery';
import { WorkerPool } from '../../electron/engine/worker-pool';
import { DEFAULT_MAILBOX_QUERY } from '../../shared/model/mailbox';
import { corpusEmlFiles, mboxrdEntry } from '../helpers/build-mbox';
import { seeded } from '../security/mutations';

const WORK = join(tmpdir(), 'maillens-bench');
const MB = 1024 * 1024;
const WORKER = join(__dirname, '..', 'node', 'parse-worker.js');
const FOLDER_FILES = 10_000;

function buildMbox(targetMb: number): string {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, `app-${targetMb}mb.mbox`);
  if (existsSync(path) && statSync(path).size >= targetMb * MB) return path;
  const entries = corpusEmlFiles().map((file) => mboxrdEntry(readFileSync(file)));
  const chunks: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetMb * MB; index++) {
    const entry = entries[index % entries.length]!;
    chunks.push(entry);
    bytes += entry.length;
    if (chunks.length === 2000)
      writeFileSync(path, chunks.splice(0).join(''), { encoding: 'latin1', flag: index < 2000 ? 'w' : 'a' });
  }
  writeFileSync(path, chunks.join(''), { encoding: 'latin1', flag: 'a' });
  return path;
}

function buildFolder(): string {
  const folder = join(WORK, `folder-${FOLDER_FILES}`);
  if (existsSync(folder) && readdirSync(folder).length >= FOLDER_FILES) return folder;
  mkdirSync(folder, { recursive: true });
  const sources = corpusEmlFiles();
  for (let index = 0; index < FOLDER_FILES; index++) {
    const target = join(folder, `${String(index).padStart(5, '0')}.eml`);
    if (!existsSync(target)) linkSync(sources[index % sources.length]!, target);
  }
  return folder;
}

const ms = (start: number) => Math.round(performance.now() - start);

/** Child: reads the whole mailbox, then shows message N for several N. */
async function session(path: string): Promise<void> {
  useSmallNursery(); // as the app's main process does at its start
  const pool = new WorkerPool({ workerScript: WORKER, size: 2 });
  const start = performance.now();
  let firstRows = -1;
  const opened = await MailboxSession.open(
    path,
    1,
    () => pool,
    () => {
      if (firstRows < 0 && opened?.rows(DEFAULT_MAILBOX_QUERY, 0, 50).rows.length) firstRows = ms(start);
    },
  );
  await opened.finished;
  const wall = ms(start);
  const progress = opened.currentProgress();
  const count = progress.messages;
  const random = seeded(10);
  const ids = [0, Math.floor(count / 2), count - 1, ...Array.from({ length: 20 }, () => Math.floor(random() * count))];
  const shows: number[] = [];
  for (const id of ids) {
    const asked = performance.now();
    const outcome = await opened.openMessage(id);
    shows.push(ms(asked));
    if (outcome.kind !== 'opened') process.stderr.write(`message ${id}: ${JSON.stringify(outcome)}\n`);
  }
  await pool.close();
  const result = {
    messages: count,
    errors: progress.errors,
    wallMs: wall,
    firstRowsMs: firstRows,
    heapMb: process.memoryUsage().heapUsed / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    showMs: { first: shows[0], middle: shows[1], last: shows[2], random: shows.slice(3) },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Child: starts reading, cancels after `afterMs` as the app does, and times until nothing runs. */
async function cancel(path: string, afterMs: number): Promise<void> {
  let pool = new WorkerPool({ workerScript: WORKER, size: 2 });
  const opened = await MailboxSession.open(
    path,
    1,
    () => pool,
    () => undefined,
  );
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  const before = opened.currentProgress();
  const start = performance.now();
  // OpenController.cancel(): stop the session, end the pool's workers, a fresh pool takes over.
  const reading = opened.cancel();
  const stopped = pool;
  pool = new WorkerPool({ workerScript: WORKER, size: 2 });
  await stopped.close();
  await reading;
  const canceledMs = ms(start);
  const atCancel = opened.currentProgress();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const later = opened.currentProgress();
  await pool.close();
  const result = {
    state: atCancel.state,
    canceledMs,
    messagesWhenAsked: before.messages,
    messagesAtStop: atCancel.messages,
    readAfterStop: later.messages - atCancel.messages + (later.bytesRead - atCancel.bytesRead),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function child(...args: string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${run.stderr}`);
  if (run.stderr) process.stderr.write(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

function main(): void {
  const targetMb = Number(process.argv[2] ?? 1024);
  const mbox = buildMbox(targetMb);
  const folder = buildFolder();
  console.log(`app bench: ${mbox} (${(statSync(mbox).size / MB).toFixed(0)} MB); ${folder} (${FOLDER_FILES} files)`);
  const read = child('--session', mbox);
  console.log(`app main side, whole mbox: ${JSON.stringify(read)}`);
  for (const [label, path, after] of [
    ['mbox, canceled after 5 s', mbox, 5000],
    ['mbox, canceled after 30 s', mbox, 30_000],
    [`folder of ${FOLDER_FILES} files, canceled while listing`, folder, 20],
    [`folder of ${FOLDER_FILES} files, canceled after 5 s`, folder, 5000],
  ] as const) {
    console.log(`cancel, ${label}: ${JSON.stringify(child('--cancel', path, String(after)))}`);
  }
}

const [mode, path, after] = process.argv.slice(2);
if (mode === '--session') void session(path!);
else if (mode === '--cancel') void cancel(path!, Number(after));
else main();
