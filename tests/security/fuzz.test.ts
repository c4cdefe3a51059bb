// Hostile input, CI-sized: mutated corpus mails through the engine's worker pool. Gate: no crash, nothing
// stopped at the per-message budget (the pool would end it there with a clear error, but the gate wants
// none), every failure a clear one-line error. `npm run fuzz` runs longer.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

import { corpusFiles } from '../helpers/corpus';
import { createPool } from '../helpers/pool';
import { check, emptyStats, REGRESSIONS, runFuzz, type FuzzStats } from './fuzz-engine';

const INPUTS = Number(process.env.MAILLENS_FUZZ_INPUTS ?? 10_000);
/** CI draws from the same seed every run; `npm run fuzz` picks a new one each time. */
const SEED = Number(process.env.MAILLENS_FUZZ_SEED ?? 20261122);
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
    `${stats.stoppedAtBudget} stopped at the per-message budget, ${stats.unclearErrors} unclear errors; ` +
    `by mutation ${JSON.stringify(stats.byMutation)}`
  );
}

describe('fuzzing the engine', () => {
  it(
    'replays every input that ever failed',
    async () => {
      const stats = emptyStats();
      const kept = readdirSync(REGRESSIONS).filter((file) => file.endsWith('.eml.gz'));
      for (const name of kept) {
        await check('regression', gunzipSync(readFileSync(join(REGRESSIONS, name))), pool, stats, false);
      }
      expect(stats.inputs).toBeGreaterThan(0);
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
      const stats = await runFuzz(seeds, INPUTS, SEED, pool);
      console.log(
        `fuzz: seed ${SEED}, ${seeds.length} seed mails, ${summary(stats)}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      expect(stats.failures.slice(0, 10)).toEqual([]);
      expect(stats.inputs).toBe(INPUTS);
    },
    60 * 60_000,
  );
});
