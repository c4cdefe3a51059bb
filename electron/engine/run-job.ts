// The engine's steps for one message: bytes -> message -> references (scan) or -> preview document.
// Runs inside a worker; also callable in-process (benchmarks, tests).

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

import { analyseMessage } from '../../shared/analysis/analyse-message';
import { summariseForMailbox } from '../../shared/mailbox/summarise-message';
import type { MailMessage } from '../../shared/model/mail';
import type { RemoteReference } from '../../shared/model/reference';
import { summariseMessage, type MessageReport } from '../../shared/model/report';
import { buildPreview } from '../../shared/preview/build-preview';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessageAtSync } from '../readers/mbox-message-at';
import { readMessage, type MessageFormat } from '../readers/read-mail';
import type { JobRequest, JobResult, ScanOptions, ScannedFile, ViewResult } from './jobs';
import { describeError } from './read-only-file';

function analyse(message: MailMessage, options: ScanOptions | undefined, index = 1): MessageReport {
  const references = findRemoteReferences(message);
  const analysis = analyseMessage(message, references, {
    matcher: trackerMatcher(),
    extraAddresses: options?.extraAddresses ?? [],
  });
  return summariseMessage(message, analysis, index);
}

async function scanOneFile(path: string, format: MessageFormat, options?: ScanOptions): Promise<ScannedFile> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: it blocks only this worker, and spares four trips through libuv's
    // thread pool per file (measured: the worker sat idle a fifth of the time waiting for them).
    checkSize(statSync(path).size, LIMITS.maxMessageBytes, 'the file');
    bytes = readFileSync(path, { flag: 'r' });
  } catch (error) {
    throw new Error(describeError(error), { cause: error });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const message = await readMessage(bytes, format);
  return { sha256, report: analyse(message, options) };
}

/**
 * Where the previewed body's references start in the report: they are one run of the report's list
 * (bodies are scanned in order), found by comparing URL, vector and place.
 */
export function referenceOffset(all: readonly RemoteReference[], previewed: readonly RemoteReference[]): number {
  if (previewed.length === 0) return 0;
  const same = (a: RemoteReference, b: RemoteReference) =>
    a.url === b.url &&
    a.vector === b.vector &&
    a.location.part === b.location.part &&
    a.location.element === b.location.element;
  for (let start = 0; start + previewed.length <= all.length; start++) {
    if (previewed.every((reference, i) => same(all[start + i]!, reference))) return start;
  }
  return 0;
}

function view(message: MailMessage, options: ScanOptions | undefined, index: number): ViewResult {
  const report = analyse(message, options, index);
  const preview = buildPreview(message);
  return {
    report,
    preview: {
      index,
      html: preview.html,
      part: preview.part,
      referenceOffset: referenceOffset(report.references, preview.references),
    },
  };
}

async function scanSpan(job: JobRequest & { kind: 'scan-span' }): Promise<MessageReport> {
  let bytes: Buffer;
  try {
    bytes = readMboxMessageAtSync(job.path, job.span);
  } catch (error) {
    throw new Error(describeError(error), { cause: error });
  }
  return analyse(await readMessage(bytes, 'eml'), job.options, job.index);
}

export async function runJob(job: JobRequest): Promise<JobResult> {
  if (job.kind === 'scan-file') {
    const scanned = await scanOneFile(job.path, job.format, job.options);
    return job.mailbox ? summariseForMailbox(scanned.report, job.mailbox.id, job.mailbox.source) : scanned;
  }
  if (job.kind === 'scan-span') {
    const report = await scanSpan(job);
    return job.mailbox ? summariseForMailbox(report, job.mailbox.id, job.mailbox.source) : report;
  }
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const message = await readMessage(bytes, job.format);
  if (job.kind === 'view') return view(message, job.options, job.index);
  if (job.kind === 'preview') {
    const preview = buildPreview(message);
    return { html: preview.html, part: preview.part, referenceCount: preview.references.length };
  }
  return analyse(message, job.options, job.index);
}
