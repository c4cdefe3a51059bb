// The application menu as a declarative template. Menu items call back into main.ts; the help page
// is an offline view of the renderer, shown when main sends 'app:show-help'.

import { BrowserWindow, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';

import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import type { RecentFile } from '../../shared/ipc/contract';
import { send } from './ipc-main';

export interface MenuActions {
  readonly open: () => void;
  readonly openFolder: () => void;
  readonly openRecent: (index: number) => void;
  readonly showHelp: () => void;
  /**
   * File > Compare with Another Copy…. By default the window the menu belongs to is asked to start the
   * comparison ('app:compare-requested'): only the page knows which message is shown.
   */
  readonly compare?: (window: BrowserWindow | null) => void;
  /** View > Language: the window's language now, and what choosing another does. */
  readonly language?: { readonly current: Language; readonly choose: (language: Language) => void };
}

/** Each language under its own name, so a reader finds theirs whatever the menu's language. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', nl: 'Nederlands' };

function languageItems(actions: MenuActions): MenuItemConstructorOptions[] {
  const language = actions.language;
  if (!language) return [];
  return [
    { type: 'separator' },
    {
      label: 'Language (Taal)',
      submenu: LANGUAGES.map((option) => ({
        label: LANGUAGE_NAMES[option],
        type: 'radio' as const,
        checked: option === language.current,
        click: () => language.choose(option),
      })),
    },
  ];
}

function requestCompare(window: BrowserWindow | null): void {
  send(window, 'app:compare-requested', null);
}

function asBrowserWindow(window: BaseWindow | undefined): BrowserWindow | null {
  return window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow();
}

/** On Windows and Linux `&` marks a mnemonic; a file name's own `&` must be doubled to show. */
function menuLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

function recentItems(recent: readonly RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Files', enabled: false }];
  return recent.map((file) => ({
    label: menuLabel(`${file.fileName} — ${file.folder}`),
    click: () => actions.openRecent(file.index),
  }));
}

export function buildMenuTemplate(
  actions: MenuActions,
  recent: readonly RecentFile[],
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Alt+O', click: () => actions.openFolder() },
      { label: 'Open Recent', submenu: recentItems(recent, actions) },
      {
        label: 'Compare with Another Copy…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: (_item, window) => (actions.compare ?? requestCompare)(asBrowserWindow(window)),
      },
      { type: 'separator' },
      {
        label: 'Export Report…',
        accelerator: 'CmdOrCtrl+E',
        click: (_item, window) => send(asBrowserWindow(window), 'app:export-report-requested', null),
      },
      {
        label: 'Print Report…',
        accelerator: 'CmdOrCtrl+P',
        click: (_item, window) => send(asBrowserWindow(window), 'app:print-report-requested', null),
      },
      { type: 'separator' },
      { label: 'Close', role: 'close', accelerator: 'CmdOrCtrl+W' },
      // On macOS Quit lives in the application menu.
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, { label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Actual Size', role: 'resetZoom' },
      { label: 'Zoom In', role: 'zoomIn' },
      { label: 'Zoom Out', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Toggle Full Screen', role: 'togglefullscreen' },
      ...languageItems(actions),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'What is a tracking pixel?', click: () => actions.showHelp() }],
  };
  // The Edit menu's roles are what make copy and select-all shortcuts work on macOS.
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, help];
}

export function installAppMenu(actions: MenuActions, recent: readonly RecentFile[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, recent)));
}
