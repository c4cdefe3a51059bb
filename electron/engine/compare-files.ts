// Reads two copies of a mail (each with the worker pool, read-only) and compares one message of each:
// the proof that a URL identifies its reader (shared/analysis/compare-copies.ts). The comparison itself
// is pure and fast (a bounded alignment over the two reports), so it runs here, not in a worker.

import { basename } from 'node:path';

import { compareCopies, type CopyComparison } from '../../shared/analysis/compare-copies';
import type { FileReport, MessageReport } from '../../shared/model/report';
import type { ScanOptions } from './jobs';
import { scanFile } from './scan-file';
import type { WorkerPool } from './worker-pool';

export interface ComparedCopy {
  readonly file: string;
  readonly sha256: string;
  /** The compared message (1-based index inside an mbox). */
  readonly message: MessageReport;
}

export interface CopiesCompared {
  readonly a: ComparedCopy;
  readonly b: ComparedCopy;
  readonly comparison: CopyComparison;
}

/** Message `index` of a read file, or why it cannot be compared. */
export function pickMessage(report: FileReport, index: number): MessageReport | string {
  if (report.messages.length === 0) return report.error ?? 'no message found in the file';
  // A single message (.eml, .msg) is always its own message 1, whatever was asked for an mbox.
  const wanted = report.format === 'mbox' ? index : 1;
  const message = report.messages.find((candidate) => candidate.index === wanted);
  if (!message) return `the mbox holds ${report.messages.length} messages; there is no message ${wanted}`;
  return message.error ? `message ${wanted} could not be read: ${message.error}` : message;
}

export class CompareError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${basename(file)}: ${reason}`);
  }
}

export async function compareMailFiles(
  pathA: string,
  pathB: string,
  pool: WorkerPool,
  { messageA = 1, messageB = 1, ...options }: ScanOptions & { messageA?: number; messageB?: number } = {},
): Promise<CopiesCompared> {
  const [reportA, reportB] = await Promise.all([scanFile(pathA, pool, options), scanFile(pathB, pool, options)]);
  const a = pickMessage(reportA, messageA);
  if (typeof a === 'string') throw new CompareError(pathA, a);
  const b = pickMessage(reportB, messageB);
  if (typeof b === 'string') throw new CompareError(pathB, b);
  const identicalFiles = reportA.sha256 !== '' && reportA.sha256 === reportB.sha256 && a.index === b.index;
  return {
    a: { file: pathA, sha256: reportA.sha256, message: a },
    b: { file: pathB, sha256: reportB.sha256, message: b },
    comparison: compareCopies(a, b, { identicalFiles }),
  };
}
