// Entry of the main process (after Element Desktop's electron-main.ts): sandbox every renderer, one
// instance only, the app:// scheme, then on ready the session guards, the protocol, IPC, the menu and
// the window. Opens that start here (command line, the OS, the menu, a second instance) run through the
// OpenController and reach the renderer as a 'mail:opened' event.

import { app, protocol, type BrowserWindow } from 'electron';

import type { OpenOutcome } from '../../shared/ipc/contract';
import { useSmallNursery } from '../engine/small-nursery';
import { installAppMenu, type MenuActions } from './app-menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { registerIpcHandlers, send } from './ipc-main';
import { LanguageSetting } from './language-setting';
import { createMainWindow } from './main-window';
import { mailPathFromArgv, OpenController } from './open-controller';
import { RecentFiles } from './recent-files';
import { installSessionSecurity } from './session-security';

useSmallNursery();

// Checklist 4, "Enable process sandboxing": for every renderer, before anything else can create one.
app.enableSandbox();

let window: BrowserWindow | null = null;
/** True once the page has loaded and listens for events. */
let windowReady = false;
let controller: OpenController | null = null;
/** Paths asked for before 'ready' (the command line; macOS sends 'open-file' before 'ready'). */
const pendingPaths: string[] = [];
/** Outcomes finished before the page could receive them. */
const undelivered: OpenOutcome[] = [];

function deliver(outcome: OpenOutcome): void {
  if (window && windowReady) return send(window, 'mail:opened', outcome);
  undelivered.push(outcome);
  if (app.isReady() && !window) showWindow();
}

function openAndReport(open: (opener: OpenController) => Promise<OpenOutcome>): void {
  if (!controller) return;
  void open(controller).then(deliver, (error: unknown) =>
    deliver({ kind: 'failed', fileName: '', error: error instanceof Error ? error.message : String(error) }),
  );
}

function openPath(path: string): void {
  if (controller) openAndReport((opener) => opener.openPath(path));
  else pendingPaths.push(path);
}

function showWindow(): void {
  const created = createMainWindow();
  window = created;
  windowReady = false;
  created.webContents.on('did-finish-load', () => {
    windowReady = true;
    for (const outcome of undelivered.splice(0)) send(created, 'mail:opened', outcome);
  });
  created.on('closed', () => {
    if (window !== created) return;
    window = null;
    windowReady = false;
  });
}

function focusWindow(): void {
  if (!window) return showWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(): void {
  // Privileges must be registered before 'ready' (Electron refuses them after).
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  const launchPath = mailPathFromArgv(process.argv, process.cwd());
  if (launchPath) pendingPaths.push(launchPath);

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const path = mailPathFromArgv(argv, workingDirectory);
    if (path) openPath(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!window) showWindow();
  });
  app.on('will-quit', () => void controller?.close());

  void app.whenReady().then(() => {
    installSessionSecurity();
    registerAppProtocol();
    const recent = new RecentFiles();
    const opener = new OpenController({
      recent,
      window: () => window,
      onProgress: (progress) => send(window, 'mail:progress', progress),
      onMailboxProgress: (progress) => send(window, 'mailbox:progress', progress),
      version: app.getVersion(),
    });
    controller = opener;
    const language = new LanguageSetting();
    registerIpcHandlers(
      opener,
      () => window,
      () => language.current,
    );
    const actions: MenuActions = {
      language: {
        get current() {
          return language.current;
        },
        choose: (chosen) => {
          void language.choose(chosen).catch(() => undefined);
          installAppMenu(actions, recent.list());
          send(window, 'app:language-changed', chosen);
        },
      },
      open: () => openAndReport((current) => current.chooseAndOpen()),
      openFolder: () => openAndReport((current) => current.chooseFolder()),
      openRecent: (index) => openAndReport((current) => current.openRecent(index)),
      showHelp: () => send(window, 'app:show-help', null),
    };
    recent.onChange(() => installAppMenu(actions, recent.list()));
    installAppMenu(actions, recent.list());
    showWindow();
    for (const path of pendingPaths.splice(0)) openPath(path);
    // The saved choice arrives after the window may have asked: the menu and the page then follow it.
    void language.load().then(() => {
      installAppMenu(actions, recent.list());
      send(window, 'app:language-changed', language.current);
    });
  });
}

// A second launch hands its command line to the first (the 'second-instance' event) and quits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
