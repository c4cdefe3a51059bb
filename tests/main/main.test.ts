import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { MenuItemConstructorOptions } from 'electron';

import { INVOKE_CHANNELS } from '../../shared/ipc/contract';

const mocks = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');

  /** A fresh fake of the parts of Electron main.ts touches; `log` records the order of calls. */
  function createElectron(options: { lock: boolean; userData: string }) {
    const log: string[] = [];
    const windows: FakeWindow[] = [];
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    let isReady = false;

    class FakeWindow extends EventEmitter {
      readonly webContents = Object.assign(new EventEmitter(), {
        send: vi.fn(),
        mainFrame: { url: 'app://maillens/index.html' },
      });
      minimized = false;
      readonly options: unknown;
      readonly loadURL = vi.fn(async () => undefined);
      readonly show = vi.fn();
      readonly focus = vi.fn();
      readonly restore = vi.fn(() => void (this.minimized = false));
      constructor(windowOptions: unknown) {
        super();
        this.options = windowOptions;
        log.push('new BrowserWindow');
        windows.push(this);
      }
      isMinimized(): boolean {
        return this.minimized;
      }
      isDestroyed(): boolean {
        return false;
      }
    }

    const app = Object.assign(new EventEmitter(), {
      enableSandbox: vi.fn(() => void log.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => (log.push('requestSingleInstanceLock'), options.lock)),
      quit: vi.fn(() => void log.push('quit')),
      whenReady: () => ready,
      isReady: () => isReady,
      getPath: (name: string) => (name === 'userData' ? options.userData : ''),
      getPreferredSystemLanguages: () => ['en-US'],
      getVersion: () => '0.1.0',
      isPackaged: true,
    });
    const session = {
      defaultSession: {
        webRequest: { onBeforeRequest: vi.fn(() => void log.push('onBeforeRequest')) },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    };
    const module = {
      app,
      session,
      BrowserWindow: FakeWindow,
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => void log.push(`registerSchemesAsPrivileged ready=${isReady}`)),
        handle: vi.fn(() => void log.push('protocol.handle')),
      },
      ipcMain: { handle: vi.fn(() => void log.push('ipcMain.handle')) },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => ({ template })),
        setApplicationMenu: vi.fn(() => void log.push('setApplicationMenu')),
      },
      dialog: { showOpenDialog: vi.fn() },
      nativeTheme: { shouldUseDarkColors: false },
    };
    const becomeReady = async (): Promise<void> => {
      isReady = true;
      markReady();
      await ready;
      await Promise.resolve();
    };
    return { module, log, windows, becomeReady };
  }

  return { createElectron, current: null as ReturnType<typeof createElectron> | null };
});

// The registry keeps one electron module for the whole file; its getters reach each test's fresh fake.
vi.mock('electron', () => {
  const fake = (): Record<string, unknown> => mocks.current!.module;
  const names = ['app', 'session', 'BrowserWindow', 'protocol', 'ipcMain', 'Menu', 'dialog', 'nativeTheme'];
  const module: Record<string, unknown> = {};
  for (const name of names) Object.defineProperty(module, name, { enumerable: true, get: () => fake()[name] });
  return module;
});
vi.mock('../../electron/engine/worker-pool', () => ({
  WorkerPool: class {
    run = vi.fn();
    close = vi.fn(async () => undefined);
  },
}));
vi.mock('../../electron/engine/mail-service', () => ({
  openMailFile: vi.fn(async (path: string) => ({
    kind: 'opened',
    mail: { fileName: basename(path), sha256: '', format: 'eml', messages: [], preview: null },
  })),
  previewMessage: vi.fn(),
}));

const savedArgv = process.argv;
const savedPlatform = process.platform;
let folder: string;

async function start(options: { lock?: boolean; argv?: string[] } = {}) {
  mocks.current = mocks.createElectron({ lock: options.lock ?? true, userData: join(folder, 'user-data') });
  process.argv = options.argv ?? ['/opt/MailLens/maillens'];
  vi.resetModules();
  await import('../../electron/main/main');
  return mocks.current;
}

type Started = Awaited<ReturnType<typeof start>>;

function emitApp(electron: Started, name: string, ...args: unknown[]): void {
  electron.module.app.emit(name, ...args);
}

function sentEvents(electron: Started, channel: string): unknown[] {
  const window = electron.windows.at(-1);
  return (window?.webContents.send.mock.calls ?? []).filter(([name]) => name === channel).map(([, payload]) => payload);
}

function mailFile(name: string): string {
  const path = join(folder, name);
  writeFileSync(path, 'Subject: hi\r\n\r\nbody\r\n');
  return path;
}

function menuItem(electron: Started, menu: string, label: string): MenuItemConstructorOptions {
  const template = electron.module.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
  const submenu = template.find((item) => item.label === menu || item.role === menu)?.submenu;
  const found = (submenu as MenuItemConstructorOptions[]).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item ${menu} > ${label}`);
  return found;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-main-'));
});
afterEach(() => {
  process.argv = savedArgv;
  Object.defineProperty(process, 'platform', { value: savedPlatform });
  rmSync(folder, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('sandboxes every renderer first and registers the app scheme before ready', async () => {
    const electron = await start();
    expect(electron.log.slice(0, 3)).toEqual([
      'enableSandbox',
      'requestSingleInstanceLock',
      'registerSchemesAsPrivileged ready=false',
    ]);
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.windows).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await start({ lock: false });
    expect(electron.log).toEqual(['enableSandbox', 'requestSingleInstanceLock', 'quit']);
    expect(electron.module.app.listenerCount('open-file')).toBe(0);
  });

  it('on ready installs the guards, the protocol, IPC and the menu before it creates the window', async () => {
    const electron = await start();
    await electron.becomeReady();
    const order = electron.log.filter((entry, index, all) => all.indexOf(entry) === index);
    expect(order.slice(3)).toEqual([
      'onBeforeRequest',
      'protocol.handle',
      'ipcMain.handle',
      'setApplicationMenu',
      'new BrowserWindow',
    ]);
    expect(electron.module.ipcMain.handle).toHaveBeenCalledTimes(INVOKE_CHANNELS.length);
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith('app://maillens/index.html');
  });
});

describe('opens that start in main', () => {
  it('opens the mail named on the command line and pushes mail:opened once the page has loaded', async () => {
    const path = mailFile('offer.eml');
    const electron = await start({ argv: ['/opt/MailLens/maillens', '--enable-logging', path] });
    await electron.becomeReady();
    const window = electron.windows[0]!;
    await new Promise((done) => setTimeout(done, 50));
    expect(sentEvents(electron, 'mail:opened')).toEqual([]);
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(sentEvents(electron, 'mail:opened')).toHaveLength(1));
    expect(sentEvents(electron, 'mail:opened')[0]).toMatchObject({ kind: 'opened', mail: { fileName: 'offer.eml' } });
    expect(sentEvents(electron, 'mail:progress')).toContainEqual({ fileName: 'offer.eml', done: 0, total: 1 });
  });

  it('queues macOS open-file events that come before the window', async () => {
    const path = mailFile('early.msg');
    const electron = await start();
    const event = { preventDefault: vi.fn() };
    emitApp(electron, 'open-file', event, path);
    expect(event.preventDefault).toHaveBeenCalled();
    await electron.becomeReady();
    electron.windows[0]!.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(sentEvents(electron, 'mail:opened')).toHaveLength(1));
    expect(sentEvents(electron, 'mail:opened')[0]).toMatchObject({ mail: { fileName: 'early.msg' } });
  });

  it('focuses the window for a second instance and opens the file from its command line', async () => {
    mailFile('second.mbox');
    const electron = await start();
    await electron.becomeReady();
    const window = electron.windows[0]!;
    window.webContents.emit('did-finish-load');
    window.minimized = true;
    emitApp(electron, 'second-instance', {}, ['/opt/MailLens/maillens', 'second.mbox'], folder, {});
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(sentEvents(electron, 'mail:opened')).toHaveLength(1));
    // An mbox opens as a mailbox, read in the background.
    expect(sentEvents(electron, 'mail:opened')[0]).toMatchObject({ kind: 'mailbox', mailbox: { name: 'second.mbox' } });
  });

  it('pushes a refusal, not an open, for a command-line file that is missing', async () => {
    const electron = await start({ argv: ['maillens', join(folder, 'gone.eml')] });
    await electron.becomeReady();
    electron.windows[0]!.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(sentEvents(electron, 'mail:opened')).toHaveLength(1));
    expect(sentEvents(electron, 'mail:opened')[0]).toEqual({
      kind: 'failed',
      fileName: 'gone.eml',
      error: 'no such file',
    });
  });

  it('opens from File > Open…, rebuilds Open Recent, and shows help from the Help menu', async () => {
    const path = mailFile('menu.eml');
    const electron = await start();
    await electron.becomeReady();
    electron.windows[0]!.webContents.emit('did-finish-load');
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    (menuItem(electron, 'File', 'Open…').click as () => void)();
    await vi.waitFor(() => expect(sentEvents(electron, 'mail:opened')).toHaveLength(1));
    const recent = menuItem(electron, 'File', 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]?.label).toBe(`menu.eml — ${folder}`);
    (menuItem(electron, 'help', 'What is a tracking pixel?').click as () => void)();
    expect(sentEvents(electron, 'app:show-help')).toEqual([null]);
  });
});

describe('closing', () => {
  it('quits when the last window closes, except on macOS', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const linux = await start();
    emitApp(linux, 'window-all-closed');
    expect(linux.module.app.quit).toHaveBeenCalledOnce();

    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const mac = await start();
    emitApp(mac, 'window-all-closed');
    expect(mac.module.app.quit).not.toHaveBeenCalled();
  });

  it('creates a new window on activate when none is open (macOS dock click)', async () => {
    const electron = await start();
    await electron.becomeReady();
    electron.windows[0]!.emit('closed');
    emitApp(electron, 'activate');
    expect(electron.windows).toHaveLength(2);
  });
});
