import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { WorkerPool, type PoolOptions } from '../../electron/engine/worker-pool';

export const REPO = join(__dirname, '..', '..');
export const BUILT_WORKER = join(REPO, 'dist', 'node', 'parse-worker.js');
export const BUILT_CLI = join(REPO, 'bin', 'maillens.js');

export function createPool(options: PoolOptions = {}): WorkerPool {
  if (!existsSync(BUILT_WORKER)) throw new Error('dist/node/parse-worker.js is missing: run "npm run build" first');
  return new WorkerPool({ workerScript: BUILT_WORKER, ...options });
}
