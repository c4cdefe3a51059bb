// `npm run bench`: speed and memory of the engine on the phishing-pot sample, against bare mailparser
// `simpleParser` over the same files in the same run. Prints figures; asserts nothing (no timed tests).
//
//   same thread:  engine in-process (read, find references, analyse trackers) vs simpleParser in-process,
//                 same bytes in memory, both warmed up
//   worker pool:  scanFiles() through a fresh worker pool, as `maillens scan` runs (reads, hashes,
//                 parses, finds and analyses references), vs the same pool and scanFiles() with workers
//                 that only run simpleParser (tests/bench/mailparser-worker.ts): same files; a first
//                 pass with cold workers, a second with warm ones

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';

import { scanFiles } from '../../electron/engine/scan-files';
import { WorkerPool } from '../../electron/engine/worker-pool';
import { readMessage } from '../../electron/readers/read-mail';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';

const folder = process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'eml', 'phishing-pot-sample');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => join(folder, name));
const contents = files.map((path) => readFileSync(path));
const totalBytes = contents.reduce((sum, bytes) => sum + bytes.length, 0);

async function parseBare(bytes: Buffer): Promise<void> {
  await simpleParser(bytes);
}

async function parseWithEngine(bytes: Buffer, matcher: ReturnType<typeof trackerMatcher>): Promise<number> {
  const message = await readMessage(bytes, 'eml');
  return analyseMessage(message, findRemoteReferences(message), { matcher }).findings.length;
}

/**
 * One round over every file, the two parsers interleaved file by file (and in alternating order), so
 * that whatever else the machine does slows both alike: the ratio is steadier than timing two passes.
 */
async function interleavedRound(round: number): Promise<{ bare: number; ours: number }> {
  const matcher = trackerMatcher();
  let bare = 0;
  let ours = 0;
  let references = 0;
  for (let i = 0; i < contents.length; i++) {
    const bytes = contents[i]!;
    const bareFirst = (i + round) % 2 === 0;
    for (const which of bareFirst ? ['bare', 'ours'] : ['ours', 'bare']) {
      const start = performance.now();
      if (which === 'bare') await parseBare(bytes);
      else references += await parseWithEngine(bytes, matcher);
      const elapsed = performance.now() - start;
      if (which === 'bare') bare += elapsed;
      else ours += elapsed;
    }
  }
  if (references === 0) throw new Error('no references found: the benchmark is not measuring the engine');
  return { bare, ours };
}

/** Two passes over the files through one fresh pool: the first with cold workers (a CLI run), the
 * second with workers the first pass warmed up (the app, whose pool lives as long as it does). */
async function poolRun(workerScript: string): Promise<{ cold: number; warm: number }> {
  const pool = new WorkerPool({ workerScript });
  let start = performance.now();
  await scanFiles(files, pool);
  const cold = performance.now() - start;
  start = performance.now();
  await scanFiles(files, pool);
  const warm = performance.now() - start;
  await pool.close();
  return { cold, warm };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = totalBytes / 1024 / 1024;

async function main(): Promise<void> {
  const workerScript = join(__dirname, '..', 'node', 'parse-worker.js');
  statSync(workerScript);
  console.log(`bench: ${files.length} files, ${mb.toFixed(1)} MB from ${folder}; ${rounds} rounds, medians`);
  await interleavedRound(0); // warm up both paths once
  const bare: number[] = [];
  const ours: number[] = [];
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const result = await interleavedRound(round);
    bare.push(result.bare);
    ours.push(result.ours);
    ratios.push(result.ours / result.bare);
  }
  const cold = { bare: [] as number[], ours: [] as number[], ratios: [] as number[] };
  const warm = { bare: [] as number[], ours: [] as number[], ratios: [] as number[] };
  const bareWorker = join(__dirname, 'mailparser-worker.js');
  for (let round = 0; round < Math.min(rounds, 3); round++) {
    // Alternate which pool runs first; pair each round's runs for a ratio.
    const bareFirst = round % 2 === 0;
    const a = await poolRun(bareFirst ? bareWorker : workerScript);
    const b = await poolRun(bareFirst ? workerScript : bareWorker);
    const [bareRun, oursRun] = bareFirst ? [a, b] : [b, a];
    for (const [into, key] of [
      [cold, 'cold'],
      [warm, 'warm'],
    ] as const) {
      into.bare.push(bareRun[key]);
      into.ours.push(oursRun[key]);
      into.ratios.push(oursRun[key] / bareRun[key]);
    }
  }
  const line = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${((files.length / ms) * 1000).toFixed(0).padStart(5)} messages/s  ${((mb / ms) * 1000).toFixed(1).padStart(5)} MB/s`,
    );
  line('same thread: simpleParser', median(bare));
  line('same thread: MailLens engine', median(ours));
  line('pool, cold workers: simpleParser only', median(cold.bare));
  line('pool, cold workers: MailLens (CLI run)', median(cold.ours));
  line('pool, warm workers: simpleParser only', median(warm.bare));
  line('pool, warm workers: MailLens (the app)', median(warm.ours));
  const ratioLine = (label: string, ratios: number[], target: string) =>
    console.log(
      `ratio MailLens / simpleParser, ${label}: ${median(ratios).toFixed(2)}x${target} (rounds ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
    );
  ratioLine('same thread       ', ratios, ' (target <= 1.25x)');
  ratioLine('pool, warm workers', warm.ratios, ' (target <= 1.25x)');
  ratioLine('pool, cold workers', cold.ratios, ' (includes JIT warm-up of the larger worker)');
  // The figure: MailLens with its two workers against one bare simpleParser thread.
  const sameThreadBare = median(bare);
  console.log(
    `ratio MailLens pool (${availableParallelism()} workers) / simpleParser on one thread: ` +
      `cold ${(median(cold.ours) / sameThreadBare).toFixed(2)}x, warm ${(median(warm.ours) / sameThreadBare).toFixed(2)}x (target <= 1.0x)`,
  );
  console.log(`peak RSS of this process (main + workers):  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
