// A hidden window that holds one evidence report (self-contained HTML whose own CSP is default-src
// 'none') only long enough to turn it into a PDF or to print it. No preload, no script, no network: the
// report loads nothing, and the session's guards (session-security.ts) apply to this window as to every
// other. Security-critical: do not change without review.

import { BrowserWindow } from 'electron';

async function withReport<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // The report has no script; none may run.
      javascript: false,
      // A middle-click cannot open a window either (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(window);
  } finally {
    window.destroy();
  }
}

/** The report as a PDF (A4, backgrounds printed: the markers and verdict colours stay). */
export function reportPdf(html: string): Promise<Buffer> {
  return withReport(html, (window) =>
    window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, generateDocumentOutline: true }),
  );
}

/** Opens the system's print dialog for the report; resolves false when the reader cancels. */
export function printReport(html: string): Promise<{ readonly printed: boolean; readonly error?: string }> {
  return withReport(
    html,
    (window) =>
      new Promise((resolve) => {
        window.webContents.print({ printBackground: true }, (printed, reason) =>
          resolve(printed || reason === 'cancelled' ? { printed } : { printed, error: reason }),
        );
      }),
  );
}
