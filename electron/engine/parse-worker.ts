// Worker thread entry: runs one job at a time for the pool. A hostile file can at worst exhaust this
// worker's heap or time budget; the pool then ends the worker and reports a clear error.

import { parentPort } from 'node:worker_threads';

import { trackerMatcher } from '../../shared/trackers/tracker-table';
import type { JobRequest, WorkerReply } from './jobs';
import { runJob } from './run-job';

if (!parentPort) throw new Error('parse-worker must run as a worker thread');
const port = parentPort;

function run(message: { id: number; job: JobRequest }): Promise<void> {
  return runJob(message.job).then(
    (result) => port.postMessage({ id: message.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: message.id, ok: false, error: text } satisfies WorkerReply);
    },
  );
}

// One job at a time, in the order sent: the pool sends the next job ahead while this one runs, and
// times each job from the answer to the one before it.
// The tracker table is compiled once per worker, before the first job comes (see WorkerPool.warm).
let queue: Promise<void> = new Promise((done) => setImmediate(() => (trackerMatcher(), done())));
port.on('message', (message: { id: number; job: JobRequest }) => {
  queue = queue.then(() => run(message));
});
