// Benchmark baseline: a parse worker that does nothing but bare mailparser `simpleParser` (default
// options) on the file, answering the pool's `scan-file` job. Run through the same pool and the same
// scanFiles() as the real engine, it shows what MailLens adds on top of parsing.

import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { simpleParser } from 'mailparser';

import { failedMessage } from '../../shared/model/report';
import type { JobRequest, WorkerReply } from '../../electron/engine/jobs';

parentPort!.on('message', ({ id, job }: { id: number; job: JobRequest }) => {
  if (job.kind !== 'scan-file') throw new Error('the baseline worker only scans files');
  simpleParser(readFileSync(job.path, { flag: 'r' })).then(
    (parsed) => {
      const report = { ...failedMessage(1, ''), subject: parsed.subject ?? '' };
      parentPort!.postMessage({ id, ok: true, result: { sha256: '', report } } satisfies WorkerReply);
    },
    (error: Error) => parentPort!.postMessage({ id, ok: false, error: error.message } satisfies WorkerReply),
  );
});
