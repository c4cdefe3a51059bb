// The bridge between the page and main, and the only file that imports ipcRenderer. The page gets named
// methods only (checklist 20, "Do not expose Electron APIs to untrusted web content"): never
// ipcRenderer, never an IPC event object, never a path. Sandboxed, so it may require only 'electron'.
// Security-critical: do not change without review.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

import type {
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeChannels,
  MailLensApi,
  OpenOutcome,
} from '../../shared/ipc/contract';

function invoke<C extends InvokeChannel>(
  channel: C,
  request: InvokeChannels[C]['request'],
): Promise<InvokeChannels[C]['response']> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeChannels[C]['response']>;
}

/** Passes the payload alone to `listener`; the event (and its `sender`) stays on this side. */
function subscribe<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: EventChannels[C]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
}

function openDroppedFile(file: File): Promise<OpenOutcome> {
  // The page never sees paths; Electron resolves the dropped File to its path here, in the preload.
  const path = webUtils.getPathForFile(file);
  if (!path) return Promise.resolve({ kind: 'failed', fileName: file.name, error: 'not a file on this computer' });
  return invoke('mail:open-dropped', { path });
}

export const api: MailLensApi<File> = {
  chooseAndOpen: () => invoke('mail:choose-and-open', null),
  chooseFolder: () => invoke('mail:choose-folder', null),
  openDroppedFile,
  openRecent: (index) => invoke('mail:open-recent', { index }),
  previewMessage: (index) => invoke('mail:preview-message', { index }),
  cancel: () => invoke('mail:cancel', null),
  compareWithCopy: (index) => invoke('mail:compare-with-copy', { index }),
  messageSource: (index) => invoke('mail:source', { index }),
  exportReport: (index) => invoke('report:export', { index }),
  printReport: (index) => invoke('report:print', { index }),
  saveText: (text, fileName) => invoke('app:save-text', { text, fileName }),
  mailboxRows: (mailbox, query, start, count) => invoke('mailbox:rows', { mailbox, query, start, count }),
  mailboxOverview: (mailbox) => invoke('mailbox:overview', { mailbox }),
  openMailboxMessage: (mailbox, id) => invoke('mailbox:open-message', { mailbox, id }),
  exportMailbox: (mailbox, format) => invoke('mailbox:export', { mailbox, format }),
  recentFiles: () => invoke('app:recent-files', null),
  copyText: (text) => invoke('app:copy-text', { text }),
  onOpened: (listener) => subscribe('mail:opened', listener),
  onProgress: (listener) => subscribe('mail:progress', listener),
  onMailboxProgress: (listener) => subscribe('mailbox:progress', listener),
  onShowHelp: (listener) => subscribe('app:show-help', () => listener()),
  onCompareRequested: (listener) => subscribe('app:compare-requested', () => listener()),
  onExportReportRequested: (listener) => subscribe('app:export-report-requested', () => listener()),
  onPrintReportRequested: (listener) => subscribe('app:print-report-requested', () => listener()),
  language: () => invoke('app:language', null),
  onLanguageChanged: (listener) => subscribe('app:language-changed', listener),
};

contextBridge.exposeInMainWorld('maillens', api);
