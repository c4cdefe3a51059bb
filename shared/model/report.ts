// What a scan reports per file and per message: the public JSON contract of `maillens scan --json`
// (documented field by field in README.md). Also what the worker pool sends back to its caller.

import type { LinkReport } from '../analysis/analyse-links';
import type { HeaderAnalysis, ListUnsubscribe, PlatformMatch, ReadReceiptRequest } from '../analysis/analyse-headers';
import type { MessageAnalysis, Verdict } from '../analysis/analyse-message';
import type { Finding } from './finding';
import type { MailAddress, MailFormat, MailMessage } from './mail';

export interface AttachmentSummary {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
}

export interface MessageReport {
  /** 1-based position inside an mbox; 1 for .eml and .msg. */
  readonly index: number;
  readonly subject: string;
  readonly from: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly date: string | null;
  /** The zone the sender wrote the date in (`+01:00`); null when unknown. */
  readonly dateZone: string | null;
  /** The parts that were read, e.g. `text/html`, `RTF-encapsulated HTML`. */
  readonly bodies: readonly string[];
  readonly attachments: readonly AttachmentSummary[];
  readonly attachedMessages: number;
  /** Every remote reference, explained (tracker, certainty, signals, leaks, what it reveals). */
  readonly references: readonly Finding[];
  readonly links: readonly LinkReport[];
  readonly readReceipt: readonly ReadReceiptRequest[];
  readonly listUnsubscribe: ListUnsubscribe | null;
  readonly platform: readonly PlatformMatch[];
  readonly authentication: Pick<HeaderAnalysis, 'dkim' | 'authentication' | 'received'>;
  readonly verdict: Verdict | null;
  readonly warnings: readonly string[];
  /** Set when this message (of an mbox) could not be read; the other fields are then empty. */
  readonly error?: string;
}

export interface FileReport {
  readonly file: string;
  readonly sha256: string;
  readonly format: MailFormat | null;
  readonly error?: string;
  readonly messages: readonly MessageReport[];
}

export function summariseMessage(message: MailMessage, analysis: MessageAnalysis, index = 1): MessageReport {
  const { headers } = analysis;
  return {
    index,
    subject: message.subject,
    from: message.from,
    to: message.to,
    cc: message.cc,
    date: message.date,
    dateZone: message.dateZone,
    bodies: message.bodies.map((body) => body.part),
    attachments: message.attachments.map(({ filename, contentType, size, sha256 }) => ({
      filename,
      contentType,
      size,
      sha256,
    })),
    attachedMessages: message.attachedMessages.length,
    references: analysis.findings,
    links: analysis.links,
    readReceipt: headers.readReceipt,
    listUnsubscribe: headers.listUnsubscribe,
    platform: headers.platform,
    authentication: { dkim: headers.dkim, authentication: headers.authentication, received: headers.received },
    verdict: analysis.verdict,
    warnings: collectWarnings(message),
  };
}

function collectWarnings(message: MailMessage): string[] {
  return [...message.warnings, ...message.attachedMessages.flatMap(collectWarnings)];
}

export function failedMessage(index: number, error: string): MessageReport {
  return {
    index,
    subject: '',
    from: [],
    to: [],
    cc: [],
    date: null,
    dateZone: null,
    bodies: [],
    attachments: [],
    attachedMessages: 0,
    references: [],
    links: [],
    readReceipt: [],
    listUnsubscribe: null,
    platform: [],
    authentication: { dkim: [], authentication: [], received: [] },
    verdict: null,
    warnings: [],
    error,
  };
}
