// The messages exchanged with a parsing worker. Plain data only (structured clone).

import type { MessagePreview } from '../../shared/ipc/contract';
import type { MessageSummary } from '../../shared/model/mailbox';
import type { MessageReport } from '../../shared/model/report';
import type { MboxSpan } from '../readers/mbox-splitter';
import type { MessageFormat } from '../readers/read-mail';

/** Options of a scan: the reader's own addresses, searched for in every URL besides the mail's recipients. */
export interface ScanOptions {
  readonly extraAddresses?: readonly string[];
}

/**
 * A message of a mailbox the app shows as a table: the worker answers with the message's compact
 * summary (shared/mailbox/summarise-message.ts) instead of its whole report, which would be cloned to
 * the caller's thread only to be cut down there.
 */
export interface MailboxEntry {
  readonly id: number;
  readonly source: string;
}

export type JobRequest =
  | {
      readonly kind: 'scan';
      readonly bytes: Uint8Array;
      readonly format: MessageFormat;
      readonly index: number;
      readonly options?: ScanOptions;
    }
  | { readonly kind: 'preview'; readonly bytes: Uint8Array; readonly format: MessageFormat }
  /** Report and preview of one message from one parse: what the app shows. */
  | {
      readonly kind: 'view';
      readonly bytes: Uint8Array;
      readonly format: MessageFormat;
      readonly index: number;
      readonly options?: ScanOptions;
    }
  /** The worker reads (read-only) and hashes the file itself, so the caller's thread stays free. */
  | {
      readonly kind: 'scan-file';
      readonly path: string;
      readonly format: MessageFormat;
      readonly options?: ScanOptions;
      /** Answer with the summary (a MessageSummary) instead of a ScannedFile. */
      readonly mailbox?: MailboxEntry;
    }
  /**
   * One message of an mbox, which the worker reads (read-only) from its span itself: the caller only
   * splits the file, and never copies or holds the message's bytes.
   */
  | {
      readonly kind: 'scan-span';
      readonly path: string;
      readonly span: MboxSpan;
      readonly index: number;
      readonly options?: ScanOptions;
      /** Answer with the summary (a MessageSummary) instead of the MessageReport. */
      readonly mailbox?: MailboxEntry;
    };

export interface ScannedFile {
  readonly sha256: string;
  readonly report: MessageReport;
}

export interface PreviewResult {
  readonly html: string;
  readonly part: string;
  readonly referenceCount: number;
}

export interface ViewResult {
  readonly report: MessageReport;
  readonly preview: MessagePreview;
}

export type JobResult = MessageReport | MessageSummary | PreviewResult | ScannedFile | ViewResult;

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: JobResult }
  | { readonly id: number; readonly ok: false; readonly error: string };
