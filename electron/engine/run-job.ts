// The engine's steps for one message: bytes -> message -> references (scan) or -> preview document.
// Runs inside a worker; also callable in-process (benchmarks, tests).

import { summariseMessage } from '../../shared/model/report';
import { buildPreview } from '../../shared/preview/build-preview';
import { findRemoteReferences } from '../../shared/references/find-references';
import { readMessage } from '../readers/read-mail';
import type { JobRequest, JobResult } from './jobs';

export async function runJob(job: JobRequest): Promise<JobResult> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const message = await readMessage(bytes, job.format);
  if (job.kind === 'preview') {
    const preview = buildPreview(message);
    return { html: preview.html, part: preview.part, referenceCount: preview.references.length };
  }
  return summariseMessage(message, findRemoteReferences(message), job.index);
}
