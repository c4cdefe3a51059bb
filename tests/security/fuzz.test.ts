// Hostile input, CI-sized: mutated corpus mails through the engine's worker pool. Gate: no crash, nothing
// running past the per-message budget (the pool stops it there with a clear error), every failure a
// clear one-line error. `npm run fuzz` runs longer.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { corpusFiles } from '../helpers/corpus';
import { createPool } from '../helpers/pool';
import { check, emptyStats, REGRESSIONS, runFuzz, type FuzzStats } from './fuzz-engine';

const INPUTS = Number(process.env.MAILLENS_FUZZ_INPUTS ?? 10_000);
const pool = createPool();
afterAll(() => pool.close());

/** A spread of real mails: newsletters, phishing, parser torture tests. */
function fuzzSeeds(): string[] {
  const mails = [
    ...corpusFiles(join('eml', 'unspy-newsletters')),
    ...corpusFiles(join('eml', 'phishing-pot-sample')).filter((_, index) => index % 20 === 0),
    ...corpusFiles('fixtures')
      .filter((path) => path.endsWith('.eml'))
      .filter((_, index) => index % 40 === 0),
  ];
  return mails;
}

function summary(stats: FuzzStats): string {
  return (
    `${stats.inputs} inputs: ${stats.read} read, ${stats.clearErrors} clear errors, ${stats.crashes} crashes, ` +
    `${stats.stoppedAtBudget} stopped at the per-message budget (a clear error), ${stats.unclearErrors} unclear errors; ` +
    `by mutation ${JSON.stringify(stats.byMutation)}`
  );
}

describe('fuzzing the engine', () => {
  it(
    'replays every input that ever failed',
    async () => {
      const stats = emptyStats();
      const { readFileSync } = await import('node:fs');
      for (const name of readdirSync(REGRESSIONS).filter((file) => file.endsWith('.eml'))) {
        await check('regression', readFileSync(join(REGRESSIONS, name)), pool, stats, false);
      }
      console.log(`fuzz regressions: ${summary(stats)}`);
      expect(stats.failures).toEqual([]);
    },
    30 * 60_000,
  );

  it(
    `survives ${INPUTS} mutated mails`,
    async () => {
      const seeds = fuzzSeeds();
      const started = Date.now();
      const stats = await runFuzz(seeds, INPUTS, 20261122, pool);
      console.log(
        `fuzz: ${seeds.length} seed mails, ${summary(stats)}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      expect(stats.failures.slice(0, 10)).toEqual([]);
      expect(stats.inputs).toBe(INPUTS);
    },
    60 * 60_000,
  );
});
