// The one application window. Its webPreferences are written out literally so that a reader (and
// electronegativity, which reads the object literal) sees every security setting at a glance.
// Security-critical: do not change without review.

import { join } from 'node:path';

import { app, BrowserWindow, nativeTheme } from 'electron';

import { APP_PAGE_URL } from './app-protocol';

/** dist/preload/preload.js, beside dist/main where this file is bundled. */
export const PRELOAD_PATH = join(__dirname, '..', 'preload', 'preload.js');

export function createMainWindow(): BrowserWindow {
  // electronegativity AUXCLICK_JS_CHECK, allowlisted in build/electronegativity-allowlist.json: A middle-click can
  // only ask for a new window or a navigation, and hardenWebContents (session-security.ts) denies every new window
  // and every navigation to anything but the app's own page, so the Auxclick Blink feature may stay on.
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    // The page's document.title (the mail's subject) replaces it once loaded.
    title: 'MailLens',
    webPreferences: {
      // Checklist 3: the preload's world is isolated from the page's.
      contextIsolation: true,
      // Checklist 4: the renderer runs in Chromium's OS-level sandbox.
      sandbox: true,
      // Checklist 2: no Node.js in the page, nor in its frames and workers.
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      // Checklist 6: the same-origin policy stays on.
      webSecurity: true,
      // Checklist 8, 9, 10: no insecure content, no experimental or extra Blink features.
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Checklist 12: no <webview> tag at all.
      webviewTag: false,
      // electronegativity PRELOAD_JS_CHECK, allowlisted in build/electronegativity-allowlist.json: Reviewed: the
      // preload runs sandboxed and context-isolated and gives the page only the named methods of MailLensApi through
      // contextBridge, never ipcRenderer, an IPC event or a file path.
      preload: PRELOAD_PATH,
      // The spellchecker may download dictionaries: nothing leaves the machine, and nothing is typed here.
      spellcheck: false,
      // A file dropped outside the drop zone must not make the window navigate to file://.
      navigateOnDragDrop: false,
      // A page may not pile up alert() dialogs to lock the user out.
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE_URL);
  return window;
}
