// `npm run bench`: speed and memory of the engine on the phishing-pot sample, against bare mailparser
// `simpleParser` over the same files in the same run. Prints figures; asserts nothing (no timed tests).
//
//   same thread:  engine in-process (read, find references, analyse trackers) vs simpleParser in-process,
//                 same bytes in memory, both warmed up
//   CLI path:     scanFiles() through a fresh worker pool, as `maillens scan` runs (reads, hashes,
//                 parses, finds references), vs the same pool and scanFiles() with workers that only
//                 run simpleParser (tests/bench/mailparser-worker.ts): same files, same cold start

import { readdirSync, readFileSync, statSync } from 'node:fs';
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

async function poolRun(workerScript: string): Promise<number> {
  const pool = new WorkerPool({ workerScript });
  const start = performance.now();
  await scanFiles(files, pool);
  const elapsed = performance.now() - start;
  await pool.close();
  return elapsed;
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
  const pooled: number[] = [];
  const pooledBare: number[] = [];
  const pooledRatios: number[] = [];
  const bareWorker = join(__dirname, 'mailparser-worker.js');
  for (let round = 0; round < rounds; round++) {
    // Alternate which pool runs first; pair each round's two runs for a ratio.
    const first = round % 2 === 0 ? bareWorker : workerScript;
    const second = first === bareWorker ? workerScript : bareWorker;
    const a = await poolRun(first);
    const b = await poolRun(second);
    const [bareTime, oursTime] = first === bareWorker ? [a, b] : [b, a];
    pooledBare.push(bareTime);
    pooled.push(oursTime);
    pooledRatios.push(oursTime / bareTime);
  }
  const line = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${((files.length / ms) * 1000).toFixed(0).padStart(5)} messages/s  ${((mb / ms) * 1000).toFixed(1).padStart(5)} MB/s`,
    );
  line('same thread: simpleParser', median(bare));
  line('same thread: MailLens engine', median(ours));
  line('worker pool: simpleParser only', median(pooledBare));
  line('worker pool: MailLens CLI path', median(pooled));
  console.log(
    `ratio MailLens / simpleParser, same thread: ${median(ratios).toFixed(2)}x (target <= 1.25x; rounds ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
  );
  console.log(
    `ratio MailLens / simpleParser, worker pool: ${median(pooledRatios).toFixed(2)}x (target <= 1.25x; rounds ${pooledRatios.map((r) => r.toFixed(2)).join(' ')})`,
  );
  console.log(`peak RSS of this process (main + workers):  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
