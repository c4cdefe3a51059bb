// The thread that coordinates the parsing workers (the CLI's, the app's main process) allocates little
// that lives long: it splits mboxes, keeps one short summary per message and orders the workers'
// answers. Its young generation need not grow to V8's default; kept small, a long scan's peak memory
// is lower. Measured on a generated 1 GB mbox (npm run bench -- --mbox): `maillens scan` peaked at
// 309-340 MB without this and 289-304 MB with it.
// The workers' own limits are set where they are started (worker-pool.ts, LIMITS in limits.ts).

import { setFlagsFromString } from 'node:v8';

/** Semi-space of the coordinating thread, in MB (V8's default grows to 16). */
export const COORDINATOR_SEMI_SPACE_MB = 2;

/** Call once, first thing, on the coordinating thread. */
export function useSmallNursery(): void {
  setFlagsFromString(`--max-semi-space-size=${COORDINATOR_SEMI_SPACE_MB}`);
}
