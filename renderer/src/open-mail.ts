// Everything the window asks of the other side, through window.maillens only (the preload API of
// shared/ipc/contract.ts). Results go into the store; nothing here looks inside a mail.

import type { OpenOutcome, RecentFile } from '../../shared/ipc/contract';
import { handleMailboxProgress, startMailbox } from './mailbox/mailbox-data';
import { clearReportStatus, runReportAction } from './result/report-actions';
import { forgetMessageSources } from './result/source-data';
import { useMailLens, type PreviewState } from './store';
import { ui } from './i18n';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function open(fileName: string | null, showLoading: boolean, request: () => Promise<OpenOutcome>) {
  const id = useMailLens.getState().beginOpening(fileName, showLoading);
  let outcome: OpenOutcome;
  try {
    outcome = await request();
  } catch (error) {
    outcome = { kind: 'failed', fileName: fileName ?? '', error: ui('error.unexpected', { detail: describe(error) }) };
  }
  useMailLens.getState().finishOpening(id, outcome);
}

/** The open dialog: the loading screen follows main's first progress report, once a file was chosen. */
export function chooseAndOpen(): Promise<void> {
  return open(null, false, () => window.maillens.chooseAndOpen());
}

/** Main's folder dialog: the chosen folder opens as a mailbox. */
export function chooseFolder(): Promise<void> {
  return open(null, false, () => window.maillens.chooseFolder());
}

export function openDropped(file: File): Promise<void> {
  return open(file.name, true, () => window.maillens.openDroppedFile(file));
}

export function openRecent(recent: RecentFile): Promise<void> {
  return open(recent.fileName, true, () => window.maillens.openRecent(recent.index));
}

export function cancelOpening(): void {
  useMailLens.getState().cancelOpening();
  void window.maillens.cancel();
}

/** Shows message `position` of the open file, asking main for its preview the first time. */
export async function showMessage(position: number): Promise<void> {
  const store = useMailLens.getState();
  store.selectMessage(position);
  const { mail } = store;
  const report = mail?.messages[position];
  if (!report || report.error || store.previews[report.index]) return;
  store.setPreview(report.index, { status: 'loading' });
  let state: PreviewState;
  try {
    const preview = await window.maillens.previewMessage(report.index);
    state = 'error' in preview ? { status: 'failed', error: preview.error } : { status: 'ready', preview };
  } catch (error) {
    state = { status: 'failed', error: describe(error) };
  }
  // Another file may have been opened meanwhile: its message of the same index is another message.
  if (useMailLens.getState().mail === mail) useMailLens.getState().setPreview(report.index, state);
}

/**
 * Main's pushed events: a file opened from the menu or the OS, progress, the Help menu, File > Export
 * Report… and Print Report… (for the shown message). A mailbox opened by any way starts its view
 * (renderer/src/mailbox/mailbox-data.ts).
 */
export function listenToMain(): () => void {
  const api = window.maillens;
  const removers = [
    useMailLens.subscribe((state, previous) => {
      if (state.mailbox && state.mailbox !== previous.mailbox) startMailbox(state.mailbox);
      const shown = [state.screen, state.mail, state.message];
      const before = [previous.screen, previous.mail, previous.message];
      if (shown.some((value, i) => value !== before[i])) clearReportStatus();
      if (state.mail !== previous.mail) forgetMessageSources();
    }),
    api.onOpened((outcome) => useMailLens.getState().finishOpening(null, outcome)),
    api.onProgress((progress) => useMailLens.getState().showProgress(progress)),
    api.onMailboxProgress(handleMailboxProgress),
    api.onShowHelp(() => useMailLens.getState().showHelp()),
    api.onExportReportRequested(() => void runReportAction('export')),
    api.onPrintReportRequested(() => void runReportAction('print')),
  ];
  return () => removers.forEach((remove) => remove());
}
