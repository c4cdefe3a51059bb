import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('runs the job sent ahead to a worker that hangs on a fresh worker instead', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1, timeoutMs: 1000 });
    const hanging = pool.run(job(1));
    const ahead = pool.run(job(50)); // sent ahead to the same worker, behind the hanging job
    await expect(hanging).rejects.toThrow('longer than 1 s');
    await expect(ahead).resolves.toEqual({ index: 50 });
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

  it('reads a job that outgrows the working heap again on a full-heap worker, which then ends', async () => {
    // job.index = MB of live data the job holds before it answers.
    const script = join(mkdtempSync(join(tmpdir(), 'maillens-pool-')), 'hoarding-worker.js');
    writeFileSync(
      script,
      `const { parentPort, threadId } = require('node:worker_threads');
      parentPort.on('message', ({ id, job }) => {
        const hoard = [];
        for (let mb = 0; mb < job.index; mb++) hoard.push(new Array(131072).fill(mb + 0.5));
        parentPort.postMessage({ id, ok: true, result: { index: job.index, held: hoard.length, threadId } });
      });`,
    );
    pool = new WorkerPool({ workerScript: script, size: 1, heapMb: 512, workingHeapMb: 48, timeoutMs: 20_000 });
    const small = (await pool.run(job(2))) as unknown as { threadId: number };
    const large = (await pool.run(job(160))) as unknown as { held: number; threadId: number };
    expect(large.held).toBe(160);
    expect(large.threadId).not.toBe(small.threadId);
    const after = (await pool.run(job(3))) as unknown as { threadId: number };
    expect(after.threadId).not.toBe(large.threadId); // the full-heap worker did not stay
    const slots = (pool as unknown as { slots: unknown[] }).slots;
    expect(slots).toHaveLength(1);
    // Over the full heap too: the job fails with the full limit named.
    await expect(pool.run(job(2000))).rejects.toThrow('more than 512 MB of memory');
    await expect(pool.run(job(4))).resolves.toMatchObject({ index: 4 });
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

describe('worker pool cancel', () => {
  it('rejects running and queued jobs, ends the busy worker within 1 s, and keeps serving', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1, timeoutMs: 10_000 });
    const running = pool.run(job(1)); // would run until the 10 s time limit
    const queued = pool.run(job(20));
    const runningError = running.catch((error: Error) => error);
    const queuedError = queued.catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const worker = (pool as unknown as { slots: Array<{ worker: { threadId: number } }> }).slots[0]!.worker;
    expect(worker.threadId).toBeGreaterThan(0);
    const started = Date.now();
    await pool.cancel('the user closed the mailbox');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(worker.threadId).toBe(-1); // the thread has exited
    const [a, b] = await Promise.all([runningError, queuedError]);
    expect(a).toBeInstanceOf(Error);
    expect((a as Error).message).toBe('canceled');
    expect((a as Error).cause).toBe('the user closed the mailbox');
    expect((b as Error).message).toBe('canceled');
    await expect(pool.run(job(21))).resolves.toEqual({ index: 21 });
  });

  it('terminates only the busy workers: an idle one keeps serving', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 2, timeoutMs: 10_000 });
    // Two workers started; one finishes and goes idle, the other hangs.
    await Promise.all([pool.run(job(30)), pool.run(job(31))]);
    const slots = (pool as unknown as { slots: Array<{ worker: { threadId: number } }> }).slots;
    const before = slots.map((slot) => slot.worker.threadId);
    const hanging = pool.run(job(1)).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busyId = slots.find((slot) => (slot as unknown as { current: unknown }).current)!.worker.threadId;
    await pool.cancel();
    expect(((await hanging) as Error).message).toBe('canceled');
    const after = slots.map((slot) => slot.worker.threadId);
    expect(after).toEqual(before.filter((id) => id !== busyId));
    await expect(pool.run(job(32))).resolves.toEqual({ index: 32 });
  });

  it('does nothing harmful on an idle pool', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 1 });
    await pool.cancel();
    await expect(pool.run(job(40))).resolves.toEqual({ index: 40 });
  });

  it('warm() starts its workers at once, never more than its size, and they serve jobs', async () => {
    pool = new WorkerPool({ workerScript: MISBEHAVING, size: 2 });
    pool.warm();
    pool.warm();
    const slots = (pool as unknown as { slots: unknown[] }).slots;
    expect(slots).toHaveLength(2);
    await expect(pool.run(job(5))).resolves.toEqual({ index: 5 });
    expect(slots).toHaveLength(2);
  });
});
