// A whole mailbox (a folder of mail files, an mbox, a Maildir) as main keeps it: one compact summary per
// message, never the reports. The renderer pages through these summaries; the full report and preview of
// one message are made again on demand from its bytes.

import type { VerdictLevel } from '../analysis/analyse-message';

export type MailboxKind = 'mbox' | 'folder';

/** One message of a mailbox, in a few hundred bytes: what the overview and the message table show. */
export interface MessageSummary {
  /** Position in the mailbox in reading order, 0-based: the id the renderer asks for. */
  readonly id: number;
  /** The file the message is in: its path inside the opened folder, or the mbox's file name. */
  readonly source: string;
  /** 1-based position of the message inside its file (always 1 for .eml and .msg). */
  readonly index: number;
  /** ISO 8601 (UTC) from the Date header; null when missing or unreadable. */
  readonly date: string | null;
  readonly fromName: string;
  readonly fromAddress: string;
  /** Registrable domain of the From address (`news.example.co.uk` -> `example.co.uk`); '' when none. */
  readonly senderDomain: string;
  readonly subject: string;
  /** The verdict in one word; `error` when the message could not be read. */
  readonly level: VerdictLevel | 'error';
  /** Trackers fetched on opening (named trackers and likely pixels). */
  readonly trackers: number;
  /** Of those, how many tie the opening to the reader (the address or a recipient id in the URL). */
  readonly identifiesYou: number;
  /** Companies behind the trackers fetched on opening, each once. */
  readonly companies: readonly string[];
  /** Countries (ISO 3166 alpha-2) of those companies that lie outside the EEA. */
  readonly countriesOutsideEea: readonly string[];
  /** Why the message (or file) could not be read. */
  readonly error?: string;
  /** What went wrong while reading a message that could still be read (e.g. it is truncated). */
  readonly warning?: string;
}

export type MailboxSortKey = 'date' | 'sender' | 'subject' | 'verdict';

/** How the message table is sorted and filtered. */
export interface MailboxQuery {
  readonly sort: MailboxSortKey;
  readonly descending: boolean;
  /** Only messages with at least one tracker fetched on opening. */
  readonly trackedOnly: boolean;
  /** Only messages in which something fetched on opening identifies the reader. */
  readonly identifiesOnly: boolean;
  /** Only messages tracked by this company (exact name), or all. */
  readonly company: string | null;
  /** Only messages from this sender domain, or all. */
  readonly senderDomain: string | null;
  /** Words searched for in subject, sender and companies (case-insensitive); '' for all. */
  readonly text: string;
}

export const DEFAULT_MAILBOX_QUERY: MailboxQuery = {
  sort: 'date',
  descending: true,
  trackedOnly: false,
  identifiesOnly: false,
  company: null,
  senderDomain: null,
  text: '',
};

/** Rows `start` .. `start + rows.length - 1` of the table for one query. */
export interface MailboxPage {
  /** Messages matching the query (all of them, not only this page). */
  readonly total: number;
  readonly start: number;
  readonly rows: readonly MessageSummary[];
}

/** One sender (organisation / domain) of the overview. */
export interface SenderOverviewRow {
  readonly domain: string;
  /** The display name used most often in this domain's From lines ('' when none). */
  readonly organisation: string;
  readonly messages: number;
  /** Messages with at least one tracker fetched on opening. */
  readonly tracked: number;
  /** Messages in which something fetched on opening identifies the reader. */
  readonly identifiesYou: number;
  readonly companies: readonly string[];
  readonly countriesOutsideEea: readonly string[];
}

export interface CompanyCount {
  readonly company: string;
  /** Messages in which the company's tracker is fetched on opening. */
  readonly messages: number;
}

export interface MonthCount {
  /** `YYYY-MM` (UTC). */
  readonly month: string;
  readonly messages: number;
  readonly tracked: number;
}

export interface MailboxOverview {
  /** Readable messages. */
  readonly messages: number;
  readonly tracked: number;
  readonly identifiesYou: number;
  /** Messages or files that could not be read. */
  readonly errors: number;
  /** Most messages first. */
  readonly senders: readonly SenderOverviewRow[];
  /** Most messages first. */
  readonly companies: readonly CompanyCount[];
  /** Oldest first; messages without a date are left out. */
  readonly months: readonly MonthCount[];
}

export type MailboxState = 'reading' | 'done' | 'canceled' | 'failed';

/** How far reading a mailbox has come; sent while reading (a few times a second) and when it ends. */
export interface MailboxProgress {
  /** Which opened mailbox this is about (a newer open has a higher number). */
  readonly mailbox: number;
  readonly state: MailboxState;
  /** Messages read so far (readable or not). */
  readonly messages: number;
  /** Of those, messages and files that could not be read. */
  readonly errors: number;
  /** Files read so far (one for an mbox). */
  readonly files: number;
  /** Files in the folder that are not mail and were left out. */
  readonly skipped: number;
  readonly bytesRead: number;
  /** Bytes to read in all, when known (an mbox's size; a folder's once it has been listed). */
  readonly bytesTotal: number | null;
  readonly elapsedMs: number;
  /** Why reading stopped, when `state` is `failed`. */
  readonly error?: string;
}

/** What the renderer learns when a mailbox opens; its rows and overview are then asked for. */
export interface MailboxInfo {
  readonly mailbox: number;
  /** The folder's or the mbox's name (never its path). */
  readonly name: string;
  readonly kind: MailboxKind;
}
