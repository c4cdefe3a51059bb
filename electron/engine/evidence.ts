// One message's evidence report (shared/report/), whoever asks: the CLI's `maillens report` and the app's
// Export Report… and Print. The analysis and the preview come from one 'view' job; the header fields are
// read as written (the Date with its own time zone), and the hashes are of the bytes that were read.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

import type { MailFormat, MailHeader } from '../../shared/model/mail';
import type { MessageReport } from '../../shared/model/report';
import { buildEvidenceReport, type EvidenceReport } from '../../shared/report/evidence-report';
import { parseHeaderBlock } from '../../shared/report/header-block';
import { trackerTableVersion } from '../../shared/trackers/table-version';
import { unwrapEmlx } from '../readers/emlx';
import { MsgReader } from '../readers/msg-reader';
import type { MessageFormat } from '../readers/read-mail';
import type { ViewResult } from './jobs';
import type { WorkerPool } from './worker-pool';

export interface MessageToReport {
  readonly bytes: Buffer;
  readonly format: MessageFormat;
  /** 1-based index of the message in its file. */
  readonly index: number;
  readonly file: { readonly name: string; readonly size: number; readonly format: MailFormat; readonly sha256: string };
}

export interface Evidence {
  readonly evidence: EvidenceReport;
  /** The engine's report the evidence was made from (the rights section and the letter read it). */
  readonly report: MessageReport;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of a file, streamed (an mbox of gigabytes is never held), opened read-only. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { flags: 'r', highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** The header fields as written: the .eml's header section, or a .msg's transport headers. */
export function messageHeaders(bytes: Buffer, format: MessageFormat): MailHeader[] {
  if (format === 'msg') {
    try {
      const reader = new MsgReader(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      return parseHeaderBlock(reader.getFileData().headers ?? '');
    } catch {
      return [];
    }
  }
  const message = unwrapEmlx(bytes);
  const ends = [message.indexOf('\r\n\r\n'), message.indexOf('\n\n')].filter((at) => at >= 0);
  const end = ends.length ? Math.min(...ends) : Math.min(message.length, 1024 * 1024);
  return parseHeaderBlock(message.toString('utf8', 0, end));
}

export async function evidenceOf(
  message: MessageToReport,
  pool: WorkerPool,
  mailLensVersion: string,
  analysedAt: Date,
): Promise<Evidence> {
  const { bytes, format, index } = message;
  const view = (await pool.run({ kind: 'view', bytes, format, index })) as ViewResult;
  if (view.report.error) throw new Error(view.report.error);
  const evidence = buildEvidenceReport({
    file: message.file,
    message: { index, sha256: sha256Of(bytes) },
    report: view.report,
    preview: view.preview,
    headers: messageHeaders(bytes, format),
    mailLensVersion,
    trackerTable: trackerTableVersion(),
    analysedAt,
  });
  return { evidence, report: view.report };
}
