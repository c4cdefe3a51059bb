import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { JobRequest } from '../../electron/engine/jobs';
import { WorkerPool } from '../../electron/engine/worker-pool';

const MISBEHAVING = join(__dirname, '..', 'fixtures', 'workers', 'misbehaving-worker.js');
const job = (index: number): JobRequest => ({ kind: 'scan', bytes: new Uint8Array(0), format: 'eml', index });

let pool: WorkerPool;
afterEach(() => pool?.close());

describe('worker pool', () => {
  it('stops a job that hangs, with a clear error, and keeps serving', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1, timeoutMs: 300 });
    await expect(pool.run(job(1))).rejects.toThrow('longer than 0.3 s (the per-message time limit)');
    await expect(pool.run(job(5))).resolves.toEqual({ index: 5 });
  });

  it('survives a worker that exits', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1 });
    await expect(pool.run(job(2))).rejects.toThrow('stopped unexpectedly');
    await expect(pool.run(job(6))).resolves.toEqual({ index: 6 });
  });

  it('survives a worker that runs out of memory', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1, heapMb: 32, timeoutMs: 20_000 });
    await expect(pool.run(job(3))).rejects.toThrow('more than 32 MB of memory');
    await expect(pool.run(job(7))).resolves.toEqual({ index: 7 });
  });

  it('survives an uncaught exception in a worker', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1 });
    await expect(pool.run(job(4))).rejects.toThrow('the reader crashed: boom');
    await expect(pool.run(job(8))).resolves.toEqual({ index: 8 });
  });

  it('runs jobs in parallel up to its size and in any order of completion', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 2 });
    const results = await Promise.all([10, 11, 12, 13, 14].map((index) => pool.run(job(index))));
    expect(results).toEqual([10, 11, 12, 13, 14].map((index) => ({ index })));
  });

  it('rejects work after it is closed', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1 });
    await pool.close();
    await expect(pool.run(job(5))).rejects.toThrow('closed');
  });
});
