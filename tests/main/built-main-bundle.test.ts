// The built dist/main/main.js, loaded under plain Node with a stub in place of the `electron` module:
// as close to launching the app as these machines allow (the Electron binary cannot be downloaded here).
// It proves the bundle loads, starts in the right order, and asks for the secure window and page.

import { existsSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';

const MAIN = join(REPO, 'dist', 'main', 'main.js');

interface Recorded {
  readonly calls: string[];
  windowOptions?: { webPreferences?: Record<string, unknown> };
  loadedUrl?: string;
}

function electronStub(recorded: Recorded) {
  const noop = () => undefined;
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const webContents = {
    mainFrame: { url: 'app://maillens/index.html' },
    send: noop,
    on: noop,
    setWindowOpenHandler: noop,
  };
  class BrowserWindow {
    webContents = webContents;
    constructor(options: Recorded['windowOptions']) {
      recorded.calls.push('new BrowserWindow');
      recorded.windowOptions = options;
    }
    once = noop;
    on = noop;
    show = noop;
    focus = noop;
    restore = noop;
    isMinimized = () => false;
    isDestroyed = () => false;
    loadURL = (url: string) => {
      recorded.loadedUrl = url;
      return Promise.resolve();
    };
    static getAllWindows = () => [];
  }
  const session = {
    webRequest: { onBeforeRequest: () => recorded.calls.push('request filter') },
    setPermissionRequestHandler: () => recorded.calls.push('permission request handler'),
    setPermissionCheckHandler: () => recorded.calls.push('permission check handler'),
  };
  const app = {
    enableSandbox: () => recorded.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    isPackaged: false,
    getPath: () => REPO,
    getPreferredSystemLanguages: () => ['en-US'],
    getVersion: () => '0.1.0',
    on: (event: string, handler: (...args: unknown[]) => unknown) => handlers.set(event, handler),
    whenReady: () => Promise.resolve().then(() => recorded.calls.push('ready')),
    quit: noop,
    addRecentDocument: noop,
  };
  return {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: () => recorded.calls.push('register app scheme'),
      handle: () => recorded.calls.push('app protocol handler'),
    },
    ipcMain: { handle: () => undefined },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => recorded.calls.push('menu') },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    nativeTheme: { shouldUseDarkColors: false },
    clipboard: { writeText: noop },
    net: { fetch: noop },
  };
}

describe('the built main bundle', () => {
  it('starts under a stubbed electron: sandbox first, guards and protocol before the secure window', async () => {
    expect(existsSync(MAIN), 'run "npm run build:app" first').toBe(true);
    const recorded: Recorded = { calls: [] };
    const stub = electronStub(recorded);
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = (request: string, ...rest: unknown[]) =>
      request === 'electron' ? stub : original(request, ...rest);
    try {
      const { createRequire } = await import('node:module');
      createRequire(MAIN)(MAIN);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      loader._load = original;
    }
    const at = (call: string) => recorded.calls.indexOf(call);
    expect(at('enableSandbox')).toBe(0);
    expect(at('register app scheme')).toBeGreaterThan(-1);
    for (const call of [
      'request filter',
      'permission request handler',
      'permission check handler',
      'app protocol handler',
    ]) {
      expect(at(call), call).toBeGreaterThan(at('ready'));
      expect(at(call), call).toBeLessThan(at('new BrowserWindow'));
    }
    expect(recorded.windowOptions?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(recorded.windowOptions?.webPreferences?.preload)).toMatch(/dist[/\\]preload[/\\]preload\.js$/);
    expect(recorded.loadedUrl).toBe('app://maillens/index.html');
  });
});
