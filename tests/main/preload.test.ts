import { EventEmitter } from 'node:events';

import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const renderer = new Emitter();
  return {
    renderer,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((channel: string, request: unknown) => Promise.resolve({ channel, request })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => renderer.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        renderer.removeListener(channel, listener),
      ),
    },
    webUtils: {
      getPathForFile: vi.fn((file: { name: string }) => (file.name === 'pasted' ? '' : `/mail/${file.name}`)),
    },
  };
});
vi.mock('electron', () => electron);

import type { MailLensApi } from '../../shared/ipc/contract';

async function exposedApi(): Promise<MailLensApi<File>> {
  await import('../../electron/preload/preload');
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls.at(-1) as [string, MailLensApi<File>];
  expect(name).toBe('maillens');
  return api;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.renderer.removeAllListeners();
});

describe('the preload bridge', () => {
  it('exposes named methods only, never ipcRenderer', async () => {
    const api = await exposedApi();
    expect(Object.keys(api).sort()).toEqual(
      [
        'cancel',
        'chooseAndOpen',
        'chooseFolder',
        'exportMailbox',
        'mailboxOverview',
        'mailboxRows',
        'messageSource',
        'exportReport',
        'printReport',
        'saveText',
        'onExportReportRequested',
        'onPrintReportRequested',
        'onMailboxProgress',
        'openMailboxMessage',
        'compareWithCopy',
        'copyText',
        'onCompareRequested',
        'onOpened',
        'onProgress',
        'onShowHelp',
        'openDroppedFile',
        'openRecent',
        'previewMessage',
        'recentFiles',
        'language',
        'onLanguageChanged',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('maps each method to its contract channel', async () => {
    const api = await exposedApi();
    await api.chooseAndOpen();
    await api.openRecent(2);
    await api.previewMessage(4);
    await api.cancel();
    await api.recentFiles();
    await api.compareWithCopy(3);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['mail:choose-and-open', null],
      ['mail:open-recent', { index: 2 }],
      ['mail:preview-message', { index: 4 }],
      ['mail:cancel', null],
      ['app:recent-files', null],
      ['mail:compare-with-copy', { index: 3 }],
    ]);
  });

  it('passes File > Compare with Another Copy… on as a call without arguments, and unsubscribes', async () => {
    const api = await exposedApi();
    const listener = vi.fn();
    const remove = api.onCompareRequested(listener);
    electron.renderer.emit('app:compare-requested', { sender: 'secret' }, null);
    expect(listener).toHaveBeenCalledWith();
    remove();
    electron.renderer.emit('app:compare-requested', { sender: 'secret' }, null);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('turns a dropped File into its path with webUtils and asks main to open it', async () => {
    const api = await exposedApi();
    await api.openDroppedFile({ name: 'offer.eml' } as File);
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledWith({ name: 'offer.eml' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('mail:open-dropped', { path: '/mail/offer.eml' });
  });

  it('answers a failed outcome for an item that is not a file on disk, without asking main', async () => {
    const api = await exposedApi();
    expect(await api.openDroppedFile({ name: 'pasted' } as File)).toEqual({
      kind: 'failed',
      fileName: 'pasted',
      error: 'not a file on this computer',
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('passes event payloads alone to listeners, never the IPC event, and unsubscribes', async () => {
    const api = await exposedApi();
    const opened = vi.fn();
    const progress = vi.fn();
    const help = vi.fn();
    const stopOpened = api.onOpened(opened);
    api.onProgress(progress);
    api.onShowHelp(help);
    const ipcEvent = { sender: new EventEmitter(), senderFrame: {} };
    electron.renderer.emit('mail:opened', ipcEvent, { kind: 'canceled' });
    electron.renderer.emit('mail:progress', ipcEvent, { fileName: 'a.eml', done: 1, total: 1 });
    electron.renderer.emit('app:show-help', ipcEvent, null);
    expect(opened).toHaveBeenCalledWith({ kind: 'canceled' });
    expect(progress).toHaveBeenCalledWith({ fileName: 'a.eml', done: 1, total: 1 });
    expect(help).toHaveBeenCalledWith();
    stopOpened();
    expect(electron.renderer.listenerCount('mail:opened')).toBe(0);
    electron.renderer.emit('mail:opened', ipcEvent, { kind: 'canceled' });
    expect(opened).toHaveBeenCalledOnce();
  });
});
