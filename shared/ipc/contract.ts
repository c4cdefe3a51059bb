// The one typed IPC contract between the main process and the renderer (after GitHub Desktop's
// ipc-shared.ts): each channel with its request and response. Only electron/main/ipc-main.ts and
// electron/preload/preload.ts touch raw IPC; both are typed by this file, and main validates every
// request with shared/ipc/validate-request.ts before acting on it.

import type { CopyComparison } from '../analysis/compare-copies';
import type { MessageReport } from '../model/report';
import type { Language } from '../i18n/languages';
import type { MailFormat } from '../model/mail';
import type { MailboxInfo, MailboxOverview, MailboxPage, MailboxProgress, MailboxQuery } from '../model/mailbox';

/** One message ready to show: the neutralised preview document and where its references start. */
export interface MessagePreview {
  /** 1-based message index inside the opened file (always 1 for .eml and .msg). */
  readonly index: number;
  /** The engine's neutralised preview document (sanitised again in the renderer before display). */
  readonly html: string;
  /** Which part is shown: `text/html`, `RTF-encapsulated HTML`, `text/plain`, ... */
  readonly part: string;
  /**
   * `data-ml-ref="n"` in the preview is finding `referenceOffset + n` of the message's report
   * (the previewed body's references come as one run in the report).
   */
  readonly referenceOffset: number;
}

export interface OpenedMail {
  /** File name only (the renderer never gets a path it could ask to read). */
  readonly fileName: string;
  readonly sha256: string;
  readonly format: MailFormat | null;
  /** One report per message (an mbox has many); failed mbox messages carry `error`. */
  readonly messages: readonly MessageReport[];
  /** The preview of the first readable message, or null when there is none. */
  readonly preview: MessagePreview | null;
}

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly mail: OpenedMail }
  /** A folder or an mbox: it is being read; its rows and overview are asked for while it fills in. */
  | { readonly kind: 'mailbox'; readonly mailbox: MailboxInfo }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: string };

/** The opened mail (message `index`) compared with another copy the reader chose in main's dialog. */
export type CompareOutcome =
  | {
      readonly kind: 'compared';
      /** Which message of the opened file was compared; the comparison's `a` indexes are its references. */
      readonly index: number;
      /** File name of the other copy (never its path). */
      readonly fileName: string;
      readonly comparison: CopyComparison;
    }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: string };

/**
 * The shown message as text, for the raw-headers and source views (shown as text, never rendered): the
 * bytes decoded as UTF-8, cut at a limit for a huge message.
 */
export type MessageSource =
  | {
      readonly headers: string;
      readonly text: string;
      /** The message's size in bytes. */
      readonly size: number;
      /** True when `text` stops before the end of the message (the limit is in the text's last line). */
      readonly truncated: boolean;
    }
  | { readonly error: string };

/** The overview of the open mailbox saved as CSV or JSON in a file the reader chose in main's dialog. */
export type ExportOutcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly error: string };

export type ExportFormat = 'csv' | 'json';

export interface RecentFile {
  readonly index: number;
  readonly fileName: string;
  /** The folder, for the reader to tell files apart; the renderer only shows it. */
  readonly folder: string;
}

export interface Progress {
  readonly fileName: string;
  readonly done: number;
  readonly total: number;
}

/** renderer -> main, answered (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  'mail:choose-and-open': { readonly request: null; readonly response: OpenOutcome };
  /** Main's folder dialog: the chosen folder opens as a mailbox. */
  'mail:choose-folder': { readonly request: null; readonly response: OpenOutcome };
  'mail:open-dropped': { readonly request: { readonly path: string }; readonly response: OpenOutcome };
  'mail:open-recent': { readonly request: { readonly index: number }; readonly response: OpenOutcome };
  'mail:preview-message': {
    readonly request: { readonly index: number };
    readonly response: MessagePreview | { readonly error: string };
  };
  'mail:cancel': { readonly request: null; readonly response: null };
  /**
   * The evidence report of the shown message (message `index` of the open file, or the one opened from a
   * mailbox), saved where main's save dialog says, as HTML, PDF or JSON by the extension chosen.
   */
  'report:export': { readonly request: { readonly index: number }; readonly response: ExportOutcome };
  /** Prints the evidence report of the shown message (main's print dialog). */
  'report:print': { readonly request: { readonly index: number }; readonly response: ExportOutcome };
  /** Saves a text the page made (the access-request letter) where main's save dialog says. */
  'app:save-text': {
    readonly request: { readonly text: string; readonly fileName: string };
    readonly response: ExportOutcome;
  };
  /** The shown message's source (message `index` of the open file, or the message opened from a mailbox). */
  'mail:source': { readonly request: { readonly index: number }; readonly response: MessageSource };
  /** Main shows its open dialog for a second copy of the open file and compares message `index` with it. */
  'mail:compare-with-copy': { readonly request: { readonly index: number }; readonly response: CompareOutcome };
  /** Rows `start` .. `start + count - 1` of the open mailbox's message table for `query`. */
  'mailbox:rows': {
    readonly request: {
      readonly mailbox: number;
      readonly query: MailboxQuery;
      readonly start: number;
      readonly count: number;
    };
    readonly response: MailboxPage;
  };
  'mailbox:overview': { readonly request: { readonly mailbox: number }; readonly response: MailboxOverview };
  /** Message `id` of the open mailbox, read again from its file: its report and preview (one message). */
  'mailbox:open-message': {
    readonly request: { readonly mailbox: number; readonly id: number };
    readonly response: OpenOutcome;
  };
  'mailbox:export': {
    readonly request: { readonly mailbox: number; readonly format: ExportFormat };
    readonly response: ExportOutcome;
  };
  'app:recent-files': { readonly request: null; readonly response: readonly RecentFile[] };
  /** Copies a link's text: the page has no clipboard permission, main writes it with Electron's clipboard. */
  'app:copy-text': { readonly request: { readonly text: string }; readonly response: null };
  /** The language the window speaks: the one chosen in View > Language, else the system's. */
  'app:language': { readonly request: null; readonly response: Language };
}

/** main -> renderer, one-way (webContents.send / ipcRenderer.on). */
export interface EventChannels {
  /** A file opened from the menu, the OS ("Open with") or a second instance. */
  'mail:opened': OpenOutcome;
  'mail:progress': Progress;
  'mailbox:progress': MailboxProgress;
  'app:show-help': null;
  /** File > Compare with Another Copy…: the page starts the comparison (it knows the shown message). */
  'app:compare-requested': null;
  /** File > Export Report… / Print Report…: the page asks for it (it knows the shown message). */
  'app:export-report-requested': null;
  'app:print-report-requested': null;
  /** View > Language changed the language (already remembered by main). */
  'app:language-changed': Language;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;

export const INVOKE_CHANNELS: readonly InvokeChannel[] = [
  'mail:choose-and-open',
  'mail:choose-folder',
  'mail:open-dropped',
  'mail:open-recent',
  'mail:preview-message',
  'mail:cancel',
  'mail:compare-with-copy',
  'mail:source',
  'report:export',
  'report:print',
  'app:save-text',
  'mailbox:rows',
  'mailbox:overview',
  'mailbox:open-message',
  'mailbox:export',
  'app:recent-files',
  'app:copy-text',
  'app:language',
];

export const EVENT_CHANNELS: readonly EventChannel[] = [
  'mail:opened',
  'mail:progress',
  'mailbox:progress',
  'app:show-help',
  'app:compare-requested',
  'app:export-report-requested',
  'app:print-report-requested',
  'app:language-changed',
];

/**
 * What the preload exposes on `window.maillens`: named methods only, never ipcRenderer itself.
 * `TFile` is the DOM File (the shared layer has no DOM types).
 */
export interface MailLensApi<TFile = unknown> {
  chooseAndOpen(): Promise<OpenOutcome>;
  chooseFolder(): Promise<OpenOutcome>;
  /** A file or folder dropped on the window: the preload turns it into a path with webUtils.getPathForFile. */
  openDroppedFile(file: TFile): Promise<OpenOutcome>;
  openRecent(index: number): Promise<OpenOutcome>;
  previewMessage(index: number): Promise<MessagePreview | { readonly error: string }>;
  cancel(): Promise<null>;
  messageSource(index: number): Promise<MessageSource>;
  exportReport(index: number): Promise<ExportOutcome>;
  printReport(index: number): Promise<ExportOutcome>;
  saveText(text: string, fileName: string): Promise<ExportOutcome>;
  /** Asks main to pick another copy of the open mail and compare message `index` of the open file with it. */
  compareWithCopy(index: number): Promise<CompareOutcome>;
  mailboxRows(mailbox: number, query: MailboxQuery, start: number, count: number): Promise<MailboxPage>;
  mailboxOverview(mailbox: number): Promise<MailboxOverview>;
  openMailboxMessage(mailbox: number, id: number): Promise<OpenOutcome>;
  exportMailbox(mailbox: number, format: ExportFormat): Promise<ExportOutcome>;
  recentFiles(): Promise<readonly RecentFile[]>;
  copyText(text: string): Promise<null>;
  /** Each `on…` returns a function that removes the listener. */
  onOpened(listener: (outcome: OpenOutcome) => void): () => void;
  onProgress(listener: (progress: Progress) => void): () => void;
  onMailboxProgress(listener: (progress: MailboxProgress) => void): () => void;
  onShowHelp(listener: () => void): () => void;
  onCompareRequested(listener: () => void): () => void;
  onExportReportRequested(listener: () => void): () => void;
  onPrintReportRequested(listener: () => void): () => void;
  language(): Promise<Language>;
  onLanguageChanged(listener: (language: Language) => void): () => void;
}
