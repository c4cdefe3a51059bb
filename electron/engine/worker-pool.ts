// A small pool of parsing workers (worker_threads) with a heap limit and a per-job timeout, so that a
// hostile mail can neither hang nor crash the caller. Serves the CLI now and the Electron main later.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { LIMITS } from '../readers/limits';
import type { JobRequest, JobResult, WorkerReply } from './jobs';

export interface PoolOptions {
  readonly size?: number;
  /** Path of the built worker script (dist/node/parse-worker.js). */
  readonly workerScript?: string;
  readonly timeoutMs?: number;
  readonly heapMb?: number;
}

interface Pending {
  readonly id: number;
  readonly job: JobRequest;
  readonly resolve: (result: JobResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly script: string;
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.script = options.workerScript ?? join(__dirname, 'parse-worker.js');
    this.timeoutMs = options.timeoutMs ?? LIMITS.messageTimeoutMs;
    this.heapMb = options.heapMb ?? LIMITS.workerHeapMb;
  }

  run(job: JobRequest): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the worker pool was closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  /**
   * Stops everything in flight: every queued and every running job is rejected with an Error whose
   * message is 'canceled' (the reason, if given, is its cause); the busy workers are terminated, the
   * idle ones stay. The pool stays usable: later jobs run on the idle workers or on fresh ones.
   */
  async cancel(reason?: string): Promise<void> {
    const canceled = () => new Error('canceled', reason === undefined ? undefined : { cause: reason });
    const queued = this.queue.splice(0);
    const busy = this.slots.filter((slot) => slot.current);
    const stopped = busy.map((slot) => {
      const pending = slot.current!;
      this.settle(slot);
      this.slots.splice(this.slots.indexOf(slot), 1);
      const done = this.retire(slot);
      pending.reject(canceled());
      return done;
    });
    for (const pending of queued) pending.reject(canceled());
    await Promise.all(stopped);
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((candidate) => !candidate.current);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(() => this.fail(slot!, this.timeoutMessage()), this.timeoutMs);
      slot.worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  private timeoutMessage(): string {
    return `reading took longer than ${this.timeoutMs / 1000} s (the per-message time limit) and was stopped`;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, current: null, timer: null };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      this.settle(slot);
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading needed more than ${this.heapMb} MB of memory (the per-worker limit) and was stopped`
          : `the reader crashed: ${error.message}`;
      this.fail(slot, reason);
    });
    worker.on('exit', () => {
      if (slot.current) this.fail(slot, 'the reader stopped unexpectedly');
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
  }

  /** Ends a worker that timed out or broke, rejects its job, and replaces it. */
  private fail(slot: Slot, reason: string): void {
    const pending = slot.current;
    this.settle(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void this.retire(slot);
    pending?.reject(new Error(reason));
    if (!this.closed) this.dispatch();
  }

  /** Detaches a worker that left the pool and ends it; resolves once its thread is gone. */
  private async retire(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate().catch(() => undefined);
  }
}
