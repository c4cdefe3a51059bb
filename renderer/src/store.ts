// The window's whole state, in one zustand store: which screen shows, the opened mail, and what the
// reader selected in it. Only plain setters live here; talking to the other side is open-mail.ts.

import { create } from 'zustand';

import type { CopyComparison } from '../../shared/analysis/compare-copies';
import type { MessagePreview, OpenedMail, OpenOutcome, Progress } from '../../shared/ipc/contract';
import type { ReadingMode } from '../../shared/knowledge/what-a-fetch-reveals';
import type { MailboxInfo } from '../../shared/model/mailbox';

export type Screen = 'start' | 'loading' | 'result' | 'mailbox' | 'error' | 'help';
export type Tab = 'findings' | 'links' | 'headers' | 'source' | 'attachments' | 'rights';
/** Where a selection came from: the list scrolls to a marker's finding, the preview to a listed one. */
export type SelectedBy = 'list' | 'marker';

export type PreviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly preview: MessagePreview }
  | { readonly status: 'failed'; readonly error: string };

/** The shown message compared with another copy (renderer/src/compare/); `index` is the message's. */
export type ComparisonState =
  | { readonly status: 'comparing'; readonly index: number }
  | {
      readonly status: 'done';
      readonly index: number;
      readonly fileName: string;
      readonly comparison: CopyComparison;
    }
  | { readonly status: 'failed'; readonly index: number; readonly fileName: string; readonly error: string };

export interface Opening {
  /** Which request the screen waits for; an answer to any other (canceled, older) request is dropped. */
  readonly request: number;
  readonly fileName: string | null;
}

export interface MailLensState {
  readonly screen: Screen;
  readonly opening: Opening | null;
  readonly progress: Progress | null;
  readonly mail: OpenedMail | null;
  /** The open mailbox (renderer/src/mailbox/ keeps its rows, query and scroll position). */
  readonly mailbox: MailboxInfo | null;
  /** Whether the shown mail is one message of the open mailbox (its header then has a Back button). */
  readonly fromMailbox: boolean;
  readonly failure: { readonly fileName: string; readonly error: string } | null;
  /** Previews by 1-based message index. */
  readonly previews: Readonly<Record<number, PreviewState>>;
  /** Position of the shown message in `mail.messages`. */
  readonly message: number;
  /** Index of the selected finding in the shown message's `references`. */
  readonly finding: number | null;
  readonly selectedBy: SelectedBy;
  /** Bumped on every selection, so selecting the same finding again scrolls and flashes again. */
  readonly selectionTick: number;
  readonly readingMode: ReadingMode;
  readonly tab: Tab;
  readonly comparison: ComparisonState | null;
}

export interface MailLensActions {
  beginOpening(fileName: string | null, showLoading: boolean): number;
  showProgress(progress: Progress): void;
  /** `request` null: an outcome main pushed on its own (menu, OS, second instance). */
  finishOpening(request: number | null, outcome: OpenOutcome): void;
  cancelOpening(): void;
  /** Shows one message of the open mailbox; the mailbox stays open behind it. */
  showMailboxMessage(request: number, mail: OpenedMail): void;
  backToMailbox(): void;
  showHelp(): void;
  leave(): void;
  closeMail(): void;
  selectMessage(position: number): void;
  setPreview(index: number, preview: PreviewState): void;
  selectFinding(index: number, by: SelectedBy): void;
  setReadingMode(mode: ReadingMode): void;
  setTab(tab: Tab): void;
  setComparison(comparison: ComparisonState | null): void;
}

export const initialState: MailLensState = {
  screen: 'start',
  opening: null,
  progress: null,
  mail: null,
  mailbox: null,
  fromMailbox: false,
  failure: null,
  previews: {},
  message: 0,
  finding: null,
  selectedBy: 'list',
  selectionTick: 0,
  readingMode: 'direct',
  tab: 'findings',
  comparison: null,
};

let lastRequest = 0;

/** No mail shown (the mailbox, if one is open, stays). */
const closed = {
  mail: null,
  fromMailbox: false,
  previews: {},
  message: 0,
  finding: null,
  comparison: null,
} satisfies Partial<MailLensState>;

/** The screen behind help, errors and canceled opens: the open mail or mailbox, or the start screen. */
function home(state: MailLensState): Screen {
  if (state.mail) return 'result';
  return state.mailbox ? 'mailbox' : 'start';
}

function opened(mail: OpenedMail): Partial<MailLensState> {
  const shown = mail.preview
    ? mail.messages.findIndex((message) => message.index === mail.preview?.index)
    : mail.messages.findIndex((message) => !message.error);
  return {
    screen: 'result',
    mail,
    failure: null,
    previews: mail.preview ? { [mail.preview.index]: { status: 'ready', preview: mail.preview } } : {},
    message: Math.max(shown, 0),
    finding: null,
    tab: 'findings',
    comparison: null,
  };
}

export const useMailLens = create<MailLensState & MailLensActions>()((set, get) => ({
  ...initialState,

  beginOpening(fileName, showLoading) {
    lastRequest += 1;
    const opening = { request: lastRequest, fileName };
    set(showLoading ? { opening, screen: 'loading', progress: null } : { opening });
    return lastRequest;
  },

  showProgress(progress) {
    set({ progress, screen: 'loading' });
  },

  finishOpening(request, outcome) {
    const state = get();
    if (request !== null && state.opening?.request !== request) return;
    const settled = { opening: null, progress: null };
    switch (outcome.kind) {
      case 'opened':
        set({ ...settled, ...opened(outcome.mail), mailbox: null, fromMailbox: false });
        return;
      case 'mailbox':
        set({ ...settled, ...closed, screen: 'mailbox', mailbox: outcome.mailbox });
        return;
      case 'canceled':
        set({ ...settled, screen: state.screen === 'loading' ? home(state) : state.screen });
        return;
      case 'failed':
        set({ ...settled, screen: 'error', failure: { fileName: outcome.fileName, error: outcome.error } });
        return;
    }
  },

  cancelOpening() {
    set((state) => ({ opening: null, progress: null, screen: home(state) }));
  },

  showMailboxMessage(request, mail) {
    if (get().opening?.request !== request) return;
    set({ opening: null, progress: null, ...opened(mail), fromMailbox: true });
  },

  backToMailbox() {
    set((state) => (state.mailbox ? { ...closed, screen: 'mailbox' } : {}));
  },

  showHelp() {
    set({ screen: 'help' });
  },

  leave() {
    set((state) => ({ screen: home(state), failure: null }));
  },

  closeMail() {
    set({ ...closed, screen: 'start', mailbox: null });
  },

  selectMessage(position) {
    set({ message: position, finding: null });
  },

  setPreview(index, preview) {
    set((state) => ({ previews: { ...state.previews, [index]: preview } }));
  },

  selectFinding(index, by) {
    set((state) => ({
      finding: index,
      selectedBy: by,
      selectionTick: state.selectionTick + 1,
      tab: by === 'marker' ? 'findings' : state.tab,
    }));
  },

  setReadingMode(readingMode) {
    set({ readingMode });
  },

  setTab(tab) {
    set({ tab });
  },

  setComparison(comparison) {
    set({ comparison });
  },
}));
