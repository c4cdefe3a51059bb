import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, payload: unknown) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)) },
    app: { getPath: () => '' },
    dialog: { showOpenDialog: vi.fn() },
    clipboard: { writeText: vi.fn() },
  };
});
vi.mock('electron', () => electron);

import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/contract';
import type { WorkerPool } from '../../electron/engine/worker-pool';
import { registerIpcHandlers, send } from '../../electron/main/ipc-main';
import { OpenController } from '../../electron/main/open-controller';
import { RecentFiles } from '../../electron/main/recent-files';

const folder = mkdtempSync(join(tmpdir(), 'maillens-ipc-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fakeWindow(url = 'app://maillens/index.html') {
  const mainFrame = { url };
  const webContents = { mainFrame, send: vi.fn() };
  let destroyed = false;
  return {
    webContents,
    isDestroyed: () => destroyed,
    destroy: () => void (destroyed = true),
  };
}

type FakeWindow = ReturnType<typeof fakeWindow>;

function fakeController() {
  return {
    chooseAndOpen: vi.fn(async () => ({ kind: 'canceled' as const })),
    openPath: vi.fn(async (path: string) => ({ kind: 'failed' as const, fileName: path, error: 'stub' })),
    openRecent: vi.fn(async () => ({ kind: 'canceled' as const })),
    previewMessage: vi.fn(async (index: number) => ({ error: `stub ${index}` })),
    compareWithCopy: vi.fn(async (index: number) => ({ kind: 'failed', fileName: '', error: `compare ${index}` })),
    cancel: vi.fn(async () => null),
    recentFiles: vi.fn(() => []),
  };
}

let window: FakeWindow;
let controller: ReturnType<typeof fakeController>;

/** Calls `channel` the way Electron would, from the app window's main frame unless told otherwise. */
function invoke(channel: InvokeChannel, payload: unknown, event: Record<string, unknown> = {}): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const fromApp = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return Promise.resolve().then(() => handler({ ...fromApp, ...event }, payload));
}

function register(current: FakeWindow | null, opener: object): void {
  electron.handlers.clear();
  registerIpcHandlers(opener as OpenController, () => current as never);
}

beforeEach(() => {
  window = fakeWindow();
  controller = fakeController();
  register(window, controller);
});

describe('IPC handlers', () => {
  it('are registered for every channel of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('reach the controller with a valid request', async () => {
    await invoke('mail:choose-and-open', null);
    await invoke('mail:open-dropped', { path: '/home/reader/offer.eml' });
    await invoke('mail:open-recent', { index: 0 });
    expect(await invoke('mail:preview-message', { index: 3 })).toEqual({ error: 'stub 3' });
    expect(await invoke('mail:compare-with-copy', { index: 2 })).toMatchObject({ error: 'compare 2' });
    expect(controller.compareWithCopy).toHaveBeenCalledWith(2);
    expect(await invoke('mail:cancel', undefined)).toBeNull();
    expect(await invoke('app:recent-files', null)).toEqual([]);
    expect(controller.chooseAndOpen).toHaveBeenCalledOnce();
    expect(controller.openPath).toHaveBeenCalledWith('/home/reader/offer.eml');
    expect(controller.openRecent).toHaveBeenCalledWith(0);
    expect(controller.previewMessage).toHaveBeenCalledWith(3);
    expect(controller.cancel).toHaveBeenCalledOnce();
    expect(controller.recentFiles).toHaveBeenCalledOnce();
  });

  it("copies a link with Electron's clipboard (the page has no clipboard permission)", async () => {
    expect(await invoke('app:copy-text', { text: 'https://t.example/x' })).toBeNull();
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('https://t.example/x');
  });
});

describe('sender check (checklist 17)', () => {
  const refused = /refused a call from a frame other than the MailLens window/;

  it('rejects a call from a child frame (the mail preview)', async () => {
    const child = { url: 'about:srcdoc' };
    await expect(invoke('app:recent-files', null, { senderFrame: child })).rejects.toThrow(refused);
  });

  it('rejects a call from another web contents, from a page that is not the app, or from a gone frame', async () => {
    const other = fakeWindow();
    await expect(
      invoke('mail:cancel', null, { sender: other.webContents, senderFrame: other.webContents.mainFrame }),
    ).rejects.toThrow(refused);
    await expect(invoke('mail:cancel', null, { senderFrame: null })).rejects.toThrow(refused);
    window.webContents.mainFrame.url = 'https://tracker.example/';
    await expect(invoke('mail:cancel', null)).rejects.toThrow(refused);
    expect(controller.cancel).not.toHaveBeenCalled();
  });

  it('rejects every call when there is no window, or it is destroyed', async () => {
    window.destroy();
    await expect(invoke('app:recent-files', null)).rejects.toThrow(refused);
    register(null, controller);
    await expect(invoke('app:recent-files', null)).rejects.toThrow(refused);
    expect(controller.recentFiles).not.toHaveBeenCalled();
  });
});

describe('payload validation', () => {
  it.each<[InvokeChannel, unknown]>([
    ['mail:open-dropped', { path: 5 }],
    ['mail:open-dropped', { path: '/a.eml', extra: true }],
    ['mail:open-dropped', { path: '' }],
    ['mail:open-dropped', { path: `/${'a'.repeat(5000)}.eml` }],
    ['mail:open-dropped', { path: '/a.eml\u0000.txt' }],
    ['mail:open-dropped', '/a.eml'],
    ['mail:open-dropped', null],
    ['mail:open-recent', { index: -1 }],
    ['mail:open-recent', { index: 1.5 }],
    ['mail:open-recent', { index: '1' }],
    ['mail:open-recent', { index: 2_000_000 }],
    ['mail:open-recent', [0]],
    ['mail:preview-message', { index: 0 }],
    ['mail:preview-message', { index: Number.NaN }],
    ['mail:compare-with-copy', null],
    ['mail:compare-with-copy', { index: 0 }],
    ['mail:compare-with-copy', { index: 1, path: '/home/reader/copy.eml' }],
    ['mail:compare-with-copy', { path: '/home/reader/copy.eml' }],
    ['mail:choose-and-open', { path: '/etc/passwd' }],
    ['mail:cancel', 0],
    ['app:recent-files', 'all'],
    ['app:copy-text', { text: 42 }],
    ['app:copy-text', { text: '' }],
    ['app:copy-text', { text: 'x'.repeat(70_000) }],
  ])('rejects %s with %j', async (channel, payload) => {
    await expect(invoke(channel, payload)).rejects.toThrow(`${channel}: refused a malformed request`);
    for (const method of Object.values(controller)) expect(method).not.toHaveBeenCalled();
  });
});

describe('mail:open-dropped through the real controller', () => {
  const pool = { close: vi.fn(async () => undefined), run: vi.fn() };

  beforeEach(() => {
    const recent = new RecentFiles(join(folder, 'recent-files.json'));
    register(
      window,
      new OpenController({ recent, window: () => null, createPool: () => pool as unknown as WorkerPool }),
    );
  });

  it('refuses a file that is not mail', async () => {
    writeFileSync(join(folder, 'invoice.pdf'), '%PDF');
    expect(await invoke('mail:open-dropped', { path: join(folder, 'invoice.pdf') })).toEqual({
      kind: 'failed',
      fileName: 'invoice.pdf',
      error: 'only mail files (.eml, .msg, .oft, .mbox, .mbx, .emlx), mbox files and folders can be opened',
    });
  });

  it('opens a dropped folder as a mailbox (Apple Mail exports folders named like Inbox.mbox)', async () => {
    mkdirSync(join(folder, 'Inbox.mbox'));
    expect(await invoke('mail:open-dropped', { path: join(folder, 'Inbox.mbox') })).toEqual({
      kind: 'mailbox',
      mailbox: { mailbox: 1, name: 'Inbox.mbox', kind: 'folder' },
    });
    expect(pool.run).not.toHaveBeenCalled();
  });
});

describe('send', () => {
  it('pushes a contract event to the window', () => {
    send(window as never, 'mail:progress', { fileName: 'a.eml', done: 1, total: 2 });
    expect(window.webContents.send).toHaveBeenCalledWith('mail:progress', { fileName: 'a.eml', done: 1, total: 2 });
  });

  it('does nothing without a live window', () => {
    send(null, 'app:show-help', null);
    window.destroy();
    send(window as never, 'app:show-help', null);
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
