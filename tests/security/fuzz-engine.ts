// Feeds mutated mails to the engine through its worker pool, as the app's `view` job (report and preview
// from one parse: everything the app does with a mail), and sorts every outcome: read, clear error,
// stopped at the budget (the pool ended it at the per-message time or memory limit: the user gets a clear
// error, but real work that slow is a bug, usually a quadratic step, so the gate counts it as a failure),
// crash (the worker died), or an unclear error. Every input that did not simply read or fail cleanly is
// written to tests/fixtures/fuzz-regressions/ (gzipped: most are megabytes of one repeated byte) and
// replayed by every later run.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

import type { WorkerPool } from '../../electron/engine/worker-pool';
import { mutate, seeded, type MutationName } from './mutations';

export const REGRESSIONS = join(__dirname, '..', 'fixtures', 'fuzz-regressions');

export interface FuzzStats {
  inputs: number;
  read: number;
  clearErrors: number;
  crashes: number;
  stoppedAtBudget: number;
  unclearErrors: number;
  readonly byMutation: Record<string, number>;
  readonly failures: string[];
}

const CRASH = /the reader crashed|stopped unexpectedly/;
const OVER_BUDGET = /per-message time limit|per-worker limit/;

export function emptyStats(): FuzzStats {
  return {
    inputs: 0,
    read: 0,
    clearErrors: 0,
    crashes: 0,
    stoppedAtBudget: 0,
    unclearErrors: 0,
    byMutation: {},
    failures: [],
  };
}

export function classify(error: string): 'crash' | 'over-budget' | 'unclear' | 'clear' {
  if (CRASH.test(error)) return 'crash';
  if (OVER_BUDGET.test(error)) return 'over-budget';
  return error.trim() === '' || error.includes('\n') || error.length > 300 ? 'unclear' : 'clear';
}

export async function runFuzz(
  seeds: readonly string[],
  count: number,
  seed: number,
  pool: WorkerPool,
  keepFailures = true,
): Promise<FuzzStats> {
  const random = seeded(seed);
  const seedBytes = seeds.map((path) => readFileSync(path));
  const stats: FuzzStats = emptyStats();
  const lanes = pool.size * 2;
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const base = seedBytes[Math.floor(random() * seedBytes.length)]!;
      const { name, bytes } = mutate(base, random);
      await check(name, bytes, pool, stats, keepFailures);
    }
  };
  await Promise.all(Array.from({ length: lanes }, one));
  return stats;
}

export async function check(
  name: MutationName | 'regression',
  bytes: Buffer,
  pool: WorkerPool,
  stats: FuzzStats,
  keep: boolean,
): Promise<void> {
  stats.inputs += 1;
  stats.byMutation[name] = (stats.byMutation[name] ?? 0) + 1;
  try {
    await pool.run({ kind: 'view', bytes, format: 'eml', index: 1 });
    stats.read += 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kind = classify(message);
    if (kind === 'clear') {
      stats.clearErrors += 1;
      return;
    }
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (kind === 'over-budget') stats.stoppedAtBudget += 1;
    else if (kind === 'crash') stats.crashes += 1;
    else stats.unclearErrors += 1;
    stats.failures.push(`${name} ${id}: ${kind}: ${message.split('\n')[0]}`);
    if (keep && name !== 'regression') writeFileSync(join(REGRESSIONS, `${name}-${id}.eml.gz`), gzipSync(bytes));
  }
}
