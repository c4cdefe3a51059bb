// The only main-process file that touches raw IPC (after GitHub Desktop's ipc-main.ts; lint forbids
// `ipcMain` elsewhere). Every channel is typed by shared/ipc/contract.ts, every call is checked for its
// sender and its payload before any handler runs.
// Security-critical: do not change without review.

import { app, clipboard, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';

import {
  INVOKE_CHANNELS,
  type EventChannel,
  type EventChannels,
  type InvokeChannel,
  type InvokeChannels,
} from '../../shared/ipc/contract';
import { pickLanguage, type Language } from '../../shared/i18n/languages';
import { validateRequest } from '../../shared/ipc/validate-request';
import { APP_ORIGIN } from './app-protocol';
import type { OpenController } from './open-controller';

export type InvokeHandler<C extends InvokeChannel> = (
  request: InvokeChannels[C]['request'],
) => InvokeChannels[C]['response'] | Promise<InvokeChannels[C]['response']>;

type InvokeHandlers = { readonly [C in InvokeChannel]: InvokeHandler<C> };

/**
 * Checklist 17, "Validate the sender of all IPC messages": only the main frame of the app window, showing
 * the app's own page, may call. The mail preview (an iframe) and any other frame or window are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  return (
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}

/** ipcMain.handle for one contract channel, behind the sender and payload checks. */
export function handle<C extends InvokeChannel>(
  channel: C,
  window: () => BrowserWindow | null,
  handler: InvokeHandler<C>,
): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
    if (!isTrustedSender(event, window())) {
      throw new Error(`${channel}: refused a call from a frame other than the MailLens window`);
    }
    const request = validateRequest(channel, payload);
    // validateRequest answers undefined for a malformed payload and null for a valid "no payload".
    if (request === undefined) throw new Error(`${channel}: refused a malformed request`);
    return handler(request);
  });
}

/** webContents.send for one contract event, typed so main cannot push what the renderer does not expect. */
export function send<C extends EventChannel>(
  window: BrowserWindow | null,
  channel: C,
  payload: EventChannels[C],
): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(channel, payload);
}

export function invokeHandlers(
  controller: OpenController,
  language: () => Language = () => pickLanguage(app.getPreferredSystemLanguages()),
): InvokeHandlers {
  return {
    'mail:choose-and-open': () => controller.chooseAndOpen(),
    'mail:choose-folder': () => controller.chooseFolder(),
    'mailbox:rows': ({ mailbox, query, start, count }) => controller.mailboxRows(mailbox, query, start, count),
    'mailbox:overview': ({ mailbox }) => controller.mailboxOverview(mailbox),
    'mailbox:open-message': ({ mailbox, id }) => controller.openMailboxMessage(mailbox, id),
    'mailbox:export': ({ mailbox, format }) => controller.exportMailbox(mailbox, format),
    'mail:open-dropped': ({ path }) => controller.openPath(path),
    'mail:open-recent': ({ index }) => controller.openRecent(index),
    'mail:preview-message': ({ index }) => controller.previewMessage(index),
    'mail:cancel': () => controller.cancel(),
    'mail:compare-with-copy': ({ index }) => controller.compareWithCopy(index),
    'mail:source': ({ index }) => controller.messageSource(index),
    'report:export': ({ index }) => controller.exportReport(index),
    'report:print': ({ index }) => controller.printReport(index),
    'app:save-text': ({ text, fileName }) => controller.saveText(text, fileName),
    'app:recent-files': () => controller.recentFiles(),
    'app:language': () => language(),
    'app:copy-text': ({ text }) => {
      clipboard.writeText(text);
      return null;
    },
  };
}

/** Registers a handler for every channel of the contract (the mapped type makes a missing one an error). */
export function registerIpcHandlers(
  controller: OpenController,
  window: () => BrowserWindow | null,
  language?: () => Language,
): void {
  const handlers = invokeHandlers(controller, language);
  const register = <C extends InvokeChannel>(channel: C): void => handle(channel, window, handlers[channel]);
  for (const channel of INVOKE_CHANNELS) register(channel);
}
