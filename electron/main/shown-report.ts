// The evidence report of the message the reader is looking at, in the forms Export Report… writes: its
// bytes come from the open file, or from the mailbox it was opened from (its span of the mbox, read by
// seeking); the file's hash is of the whole file (an mbox streamed), the message's of its own bytes.

import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import { renderEvidenceHtml } from '../../shared/report/report-with-rights';
import { evidenceOf, fileSha256, sha256Of, type Evidence, type MessageToReport } from '../engine/evidence';
import type { WorkerPool } from '../engine/worker-pool';
import type { MessageFormat } from '../readers/read-mail';
import type { ReportFiles } from './report-output';

export interface ShownBytes {
  /** The file the message is in. */
  readonly path: string;
  readonly index: number;
  readonly inMbox: boolean;
  read(): Promise<{ readonly bytes: Buffer; readonly format: MessageFormat }>;
}

async function messageToReport(shown: ShownBytes): Promise<MessageToReport> {
  const [{ bytes, format }, info] = await Promise.all([shown.read(), stat(shown.path)]);
  const sha256 = shown.inMbox ? await fileSha256(shown.path) : sha256Of(bytes);
  return {
    bytes,
    format,
    index: shown.index,
    file: { name: basename(shown.path), size: info.size, format: shown.inMbox ? 'mbox' : format, sha256 },
  };
}

/** The report files of the shown message; the analysis runs once, when the first form is asked for. */
export function shownReport(shown: ShownBytes, pool: () => WorkerPool, version: string): ReportFiles {
  let made: Promise<Evidence> | null = null;
  const evidence = () =>
    (made ??= messageToReport(shown).then((message) => evidenceOf(message, pool(), version, new Date())));
  const name = basename(shown.path, extname(shown.path));
  return {
    baseName: shown.inMbox ? `${name}-message-${shown.index}-report` : `${name}-report`,
    html: async () => {
      const { evidence: report, report: analysed } = await evidence();
      return renderEvidenceHtml(report, analysed);
    },
    json: async () => `${JSON.stringify((await evidence()).evidence, null, 2)}\n`,
  };
}
