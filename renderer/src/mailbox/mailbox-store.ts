// The open mailbox's view state, kept while one of its messages is shown so that Back returns to the
// same query, scroll position and row: the query, the pages of rows main has answered for it, the
// overview and main's progress. Only plain setters live here; talking to main is mailbox-data.ts.

import { create } from 'zustand';

import {
  DEFAULT_MAILBOX_QUERY,
  type MailboxOverview,
  type MailboxProgress,
  type MailboxQuery,
  type MessageSummary,
} from '../../../shared/model/mailbox';

/** Rows per request for the visible window of the table (main answers at most 1,000). */
export const PAGE_SIZE = 200;

export interface RowPages {
  /** Which mailbox, refresh and query the pages answer (see mailbox-data.ts). */
  readonly key: string;
  readonly total: number;
  /** Rows by page number (page p holds rows p * PAGE_SIZE ..). */
  readonly pages: Readonly<Record<number, readonly MessageSummary[]>>;
  /** The previous refresh's pages of the same query, shown until the new ones arrive (no flicker). */
  readonly stale: Readonly<Record<number, readonly MessageSummary[]>>;
}

export type ExportStatus =
  | { readonly status: 'busy' }
  | { readonly status: 'saved'; readonly fileName: string }
  | { readonly status: 'failed'; readonly error: string };

export interface MailboxViewState {
  readonly query: MailboxQuery;
  readonly progress: MailboxProgress | null;
  readonly overview: MailboxOverview | null;
  readonly rows: RowPages;
  readonly scrollTop: number;
  /** Position of the row that has the table's tab stop (roving tabindex). */
  readonly active: number;
  /** Set on Back: the table focuses its active row when it appears again. */
  readonly focusRow: boolean;
  readonly allSenders: boolean;
  readonly exportStatus: ExportStatus | null;
}

export const EMPTY_ROWS: RowPages = { key: '', total: 0, pages: {}, stale: {} };

export const initialMailboxView: MailboxViewState = {
  query: DEFAULT_MAILBOX_QUERY,
  progress: null,
  overview: null,
  rows: EMPTY_ROWS,
  scrollTop: 0,
  active: 0,
  focusRow: false,
  allSenders: false,
  exportStatus: null,
};

export const useMailboxView = create<MailboxViewState>()(() => initialMailboxView);

/** Row `position` of the table, if its page has been answered. */
export function rowAt(rows: RowPages, position: number): MessageSummary | undefined {
  const page = Math.floor(position / PAGE_SIZE);
  return (rows.pages[page] ?? rows.stale[page])?.[position - page * PAGE_SIZE];
}
