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
  /** The most V8 heap a job may use (default LIMITS.workerHeapMb); over it the job fails. */
  readonly heapMb?: number;
  /**
   * The heap limit of the pool's ordinary workers (default LIMITS.workerWorkingHeapMb, never above
   * heapMb). A job that runs out of it is run once more, alone, on a worker with the full heapMb.
   */
  readonly workingHeapMb?: number;
  /** Young generation of the ordinary workers (default LIMITS.workerYoungGenerationMb). */
  readonly youngGenerationMb?: number;
}

interface Pending {
  readonly id: number;
  readonly job: JobRequest;
  readonly resolve: (result: JobResult) => void;
  readonly reject: (error: Error) => void;
  /** Ran out of the working heap once: runs on a worker of its own with the full heap. */
  large?: boolean;
}

interface Slot {
  worker: Worker;
  /** The job the worker runs now; its timer runs. */
  current: Pending | null;
  /**
   * The job sent ahead, waiting in the worker's port until `current` is answered, so the worker never
   * waits for this thread to hand it the next one (the main thread is busy splitting an mbox).
   */
  next: Pending | null;
  timer: NodeJS.Timeout | null;
  /** A full-heap worker for one job; ended once that job settles, so its heap is given back. */
  readonly large: boolean;
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly script: string;
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private readonly workingHeapMb: number;
  private readonly youngGenerationMb: number;
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.script = options.workerScript ?? join(__dirname, 'parse-worker.js');
    this.timeoutMs = options.timeoutMs ?? LIMITS.messageTimeoutMs;
    this.heapMb = options.heapMb ?? LIMITS.workerHeapMb;
    this.workingHeapMb = Math.min(this.heapMb, options.workingHeapMb ?? LIMITS.workerWorkingHeapMb);
    this.youngGenerationMb = options.youngGenerationMb ?? LIMITS.workerYoungGenerationMb;
  }

  run(job: JobRequest): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts the ordinary workers now (each loads the engine and builds its tracker matcher), so the first
   * mail or mailbox opened does not wait for that: about half a second on a laptop.
   */
  warm(): void {
    while (!this.closed && this.slots.filter((slot) => !slot.large).length < this.size) this.spawn(false);
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
      const jobs = [slot.current!, slot.next];
      this.settle(slot);
      slot.next = null;
      this.slots.splice(this.slots.indexOf(slot), 1);
      const done = this.retire(slot);
      for (const pending of jobs) pending?.reject(canceled());
      return done;
    });
    for (const pending of queued) pending.reject(canceled());
    await Promise.all(stopped);
  }

  private dispatch(): void {
    while (this.queue.length) {
      const large = this.queue[0]!.large === true;
      const slot = large ? this.largeSlot() : this.ordinarySlot();
      if (slot) {
        this.start(slot, this.queue.shift()!);
        continue;
      }
      // Every worker busy: send one job ahead to a worker that has none waiting.
      const ahead = large ? undefined : this.slots.find((candidate) => !candidate.large && !candidate.next);
      if (!ahead) return;
      ahead.next = this.queue.shift()!;
      this.post(ahead, ahead.next);
    }
  }

  private start(slot: Slot, pending: Pending, posted = false): void {
    slot.current = pending;
    slot.timer = setTimeout(() => this.fail(slot, this.timeoutMessage()), this.timeoutMs);
    if (!posted) this.post(slot, pending);
  }

  /**
   * Sends a job. Message bytes go as a copy whose buffer is transferred, not cloned: one copy made
   * here instead of two (serialise here, deserialise in the worker), and none allocated by the
   * worker's own malloc arena (the caller's bytes stay its own and intact).
   */
  private post(slot: Slot, pending: Pending): void {
    const job = pending.job;
    if (!('bytes' in job)) {
      slot.worker.postMessage({ id: pending.id, job });
      return;
    }
    const bytes = new Uint8Array(job.bytes);
    slot.worker.postMessage({ id: pending.id, job: { ...job, bytes } }, [bytes.buffer]);
  }

  private timeoutMessage(): string {
    return `reading took longer than ${this.timeoutMs / 1000} s (the per-message time limit) and was stopped`;
  }

  private ordinarySlot(): Slot | undefined {
    const idle = this.slots.find((candidate) => !candidate.current && !candidate.large);
    if (idle) return idle;
    return this.slots.length < this.size ? this.spawn(false) : undefined;
  }

  /** A full-heap worker, in place of an idle ordinary one when the pool is at its size. */
  private largeSlot(): Slot | undefined {
    if (this.slots.length >= this.size) {
      const idle = this.slots.find((candidate) => !candidate.current);
      if (!idle) return undefined;
      this.slots.splice(this.slots.indexOf(idle), 1);
      void this.retire(idle);
    }
    return this.spawn(true);
  }

  private spawn(large: boolean): Slot {
    const resourceLimits = large
      ? { maxOldGenerationSizeMb: this.heapMb }
      : { maxOldGenerationSizeMb: this.workingHeapMb, maxYoungGenerationSizeMb: this.youngGenerationMb };
    const worker = new Worker(this.script, { resourceLimits });
    const slot: Slot = { worker, current: null, next: null, timer: null, large };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      this.settle(slot);
      if (slot.large) this.remove(slot);
      else if (slot.next) {
        // The worker starts the job sent ahead now.
        const next = slot.next;
        slot.next = null;
        this.start(slot, next, true);
      }
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (outOfMemory && !slot.large && slot.current && this.workingHeapMb < this.heapMb) {
        this.retryLarge(slot);
        return;
      }
      const reason = outOfMemory
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
    this.remove(slot);
    this.requeueNext(slot);
    pending?.reject(new Error(reason));
    if (!this.closed) this.dispatch();
  }

  /** The job sent ahead to a worker that is ended never started: it goes back to the queue's front. */
  private requeueNext(slot: Slot): void {
    const next = slot.next;
    slot.next = null;
    if (!next) return;
    if (this.closed) next.reject(new Error('the worker pool was closed'));
    else this.queue.unshift(next);
  }

  /** A job ran out of the working heap: it goes first in the queue, for a full-heap worker of its own. */
  private retryLarge(slot: Slot): void {
    const pending = slot.current!;
    this.settle(slot);
    this.remove(slot);
    this.requeueNext(slot);
    pending.large = true;
    this.queue.unshift(pending);
    if (!this.closed) this.dispatch();
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void this.retire(slot);
  }

  /** Detaches a worker that left the pool and ends it; resolves once its thread is gone. */
  private async retire(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate().catch(() => undefined);
  }
}
