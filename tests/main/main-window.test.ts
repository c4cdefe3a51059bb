import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; window: FakeWindow }[] = [];
  class FakeWindow {
    readonly once = vi.fn((name: string, listener: () => void) => this.listeners.set(name, listener));
    readonly show = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly listeners = new Map<string, () => void>();
    constructor(options: Record<string, unknown>) {
      created.push({ options, window: this });
    }
  }
  return {
    created,
    app: { isPackaged: true },
    nativeTheme: { shouldUseDarkColors: false },
    BrowserWindow: FakeWindow,
  };
});
vi.mock('electron', () => electron);

import { createMainWindow, PRELOAD_PATH } from '../../electron/main/main-window';

describe('createMainWindow', () => {
  it('creates the window with exactly the secure web preferences', () => {
    createMainWindow();
    const { options } = electron.created.at(-1)!;
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: PRELOAD_PATH,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('finds the preload beside its own folder (dist/main/main.js -> dist/preload/preload.js)', () => {
    // Under vitest the module's folder is electron/main; bundled it is dist/main.
    expect(PRELOAD_PATH).toBe(join(__dirname, '..', '..', 'electron', 'preload', 'preload.js'));
  });

  it('is hidden until ready to show, titled MailLens, with a sensible size', () => {
    createMainWindow();
    const { options, window } = electron.created.at(-1)!;
    expect(options).toMatchObject({ show: false, title: 'MailLens', backgroundColor: '#ffffff' });
    expect(options.minWidth as number).toBeLessThanOrEqual(options.width as number);
    expect(options.minHeight as number).toBeLessThanOrEqual(options.height as number);
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the app page over app://, never file://', () => {
    createMainWindow();
    expect(electron.created.at(-1)!.window.loadURL).toHaveBeenCalledWith('app://maillens/index.html');
  });
});
