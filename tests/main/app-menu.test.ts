import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  BrowserWindow: Object.assign(class {}, { getFocusedWindow: vi.fn(() => null) }),
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

import { buildMenuTemplate, installAppMenu, type MenuActions } from '../../electron/main/app-menu';

function fakeActions() {
  return {
    open: vi.fn<() => void>(),
    openFolder: vi.fn<() => void>(),
    openRecent: vi.fn<(index: number) => void>(),
    showHelp: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.label ?? item?.role}`);
  return items as MenuItemConstructorOptions[];
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenu(template.find((item) => item.label === label || item.role === label));
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

const click = (entry: MenuItemConstructorOptions): void => (entry.click as () => void)();

const RECENT = [
  { index: 0, fileName: 'offer.eml', folder: '/home/reader/mail' },
  { index: 1, fileName: 'Q&A.msg', folder: '/home/reader/old' },
];

describe('the application menu', () => {
  it('has View > Language with each language under its own name, the current one checked', () => {
    const choose = vi.fn<(language: 'en' | 'nl') => void>();
    const actions = { ...fakeActions(), language: { current: 'nl' as const, choose } };
    const languages = submenu(item(menu(buildMenuTemplate(actions, [], 'linux'), 'View'), 'Language (Taal)'));
    expect(languages.map((entry) => [entry.label, entry.type, entry.checked])).toEqual([
      ['English', 'radio', false],
      ['Nederlands', 'radio', true],
    ]);
    click(item(languages, 'English'));
    expect(choose).toHaveBeenCalledWith('en');
  });

  it('has File > Open…, Open Recent, Close and Quit with their accelerators', () => {
    const actions = fakeActions();
    const file = menu(buildMenuTemplate(actions, [], 'linux'), 'File');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Close')).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    expect(item(file, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    click(item(file, 'Open…'));
    expect(actions.open).toHaveBeenCalledOnce();
  });

  it('lists the recent files, newest first, and opens one by its index', () => {
    const actions = fakeActions();
    const recent = submenu(item(menu(buildMenuTemplate(actions, RECENT, 'linux'), 'File'), 'Open Recent'));
    expect(recent.map((entry) => entry.label)).toEqual([
      'offer.eml — /home/reader/mail',
      'Q&&A.msg — /home/reader/old',
    ]);
    click(recent[1]!);
    expect(actions.openRecent).toHaveBeenCalledWith(1);
  });

  it('shows a disabled placeholder when there is no recent file', () => {
    const recent = submenu(item(menu(buildMenuTemplate(fakeActions(), [], 'linux'), 'File'), 'Open Recent'));
    expect(recent).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('has View > Actual Size, Zoom In, Zoom Out (roles) and Toggle Full Screen', () => {
    const view = menu(buildMenuTemplate(fakeActions(), [], 'linux'), 'View');
    expect(item(view, 'Actual Size').role).toBe('resetZoom');
    expect(item(view, 'Zoom In').role).toBe('zoomIn');
    expect(item(view, 'Zoom Out').role).toBe('zoomOut');
    expect(item(view, 'Toggle Full Screen').role).toBe('togglefullscreen');
  });

  it('asks the renderer for the offline help page from Help > What is a tracking pixel?', () => {
    const actions = fakeActions();
    click(item(menu(buildMenuTemplate(actions, [], 'linux'), 'help'), 'What is a tracking pixel?'));
    expect(actions.showHelp).toHaveBeenCalledOnce();
  });

  it('puts the app menu first on macOS and Quit in it, not in File', () => {
    const template = buildMenuTemplate(fakeActions(), [], 'darwin');
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(menu(template, 'File').some((entry) => entry.role === 'quit')).toBe(false);
    expect(buildMenuTemplate(fakeActions(), [], 'win32').some((entry) => entry.role === 'appMenu')).toBe(false);
  });

  it('has File > Compare with Another Copy…, which asks the window it belongs to to start the comparison', () => {
    const actions = fakeActions();
    const entry = item(menu(buildMenuTemplate(actions, [], 'linux'), 'File'), 'Compare with Another Copy…');
    expect(entry.accelerator).toBe('CmdOrCtrl+Shift+O');
    const window = Object.assign(new electron.BrowserWindow(), {
      isDestroyed: () => false,
      webContents: { send: vi.fn() },
    });
    (entry.click as (item: unknown, window: unknown) => void)({}, window);
    expect(window.webContents.send).toHaveBeenCalledWith('app:compare-requested', null);
    // Without a window (none focused) nothing is sent and nothing throws.
    (entry.click as (item: unknown, window: unknown) => void)({}, undefined);
    const compare = vi.fn();
    const custom = item(
      menu(buildMenuTemplate({ ...actions, compare }, [], 'linux'), 'File'),
      'Compare with Another Copy…',
    );
    (custom.click as (item: unknown, window: unknown) => void)({}, window);
    expect(compare).toHaveBeenCalledWith(window);
  });

  it('has File > Open Folder…, Export Report… and Print Report…', () => {
    const actions = fakeActions();
    const file = menu(buildMenuTemplate(actions, [], 'linux'), 'File');
    (item(file, 'Open Folder…').click as () => void)();
    expect(actions.openFolder).toHaveBeenCalledOnce();
    const window = Object.assign(new electron.BrowserWindow(), {
      isDestroyed: () => false,
      webContents: { send: vi.fn() },
    });
    for (const [label, channel, accelerator] of [
      ['Export Report…', 'app:export-report-requested', 'CmdOrCtrl+E'],
      ['Print Report…', 'app:print-report-requested', 'CmdOrCtrl+P'],
    ] as const) {
      const entry = item(file, label);
      expect(entry.accelerator).toBe(accelerator);
      (entry.click as (item: unknown, window: unknown) => void)({}, window);
      expect(window.webContents.send).toHaveBeenCalledWith(channel, null);
    }
  });

  it('installs the template as the application menu', () => {
    installAppMenu(fakeActions(), RECENT);
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
