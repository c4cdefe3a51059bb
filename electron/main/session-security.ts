// Session-wide guards, after Signal Desktop's permissions.std.ts and Element Desktop's
// webcontents-handler.ts. MailLens promises that nothing leaves the machine, so the rules are absolute:
// no network request, no permission, no navigation, no new window, no webview.
// Security-critical: do not change without review.

import { app, session as electronSession, type Session, type WebContents } from 'electron';

import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Only the app's own files (and the developer tools' pages) may load. Everything else is cancelled:
 * http(s), ws(s), ftp, file, and data or blob should they ever reach the network layer (Chromium serves
 * data: URLs itself, so the preview's inlined cid: images still show).
 */
export function isAllowedRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}://`) || url.startsWith('devtools://');
}

/** The one page the main frame may show. */
export function isAppPageUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname === '/index.html';
  } catch {
    return false;
  }
}

/** Where the mail preview frame may be: its srcdoc document (or blank), never a page of the mail's. */
function isAllowedFrameUrl(url: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank' || isAppPageUrl(url);
}

/** Navigation, window and webview rules for one web contents. */
export function hardenWebContents(contents: WebContents): void {
  // Checklist 13, "Disable or limit navigation": the main frame never leaves the app page.
  contents.on('will-navigate', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  // The same for frames: a link clicked inside the mail preview must not load the mail's page in it.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !event.isSameDocument && !isAllowedFrameUrl(event.url)) event.preventDefault();
  });
  // Checklist 14, "Disable or limit creation of new windows": no window.open, no target=_blank, and no
  // shell.openExternal either (a link is never followed: following it is exactly what a tracker wants).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Checklist 12, "Verify WebView options before creation": MailLens uses no webview at all.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function installSessionSecurity(session: Session = electronSession.defaultSession): void {
  // "Nothing leaves the machine", enforced below the page: even a fetch the CSP missed is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // Checklist 5, "Handle session permission requests from remote content": every request and every
  // check is denied; the app needs no camera, notification, clipboard-read or any other permission.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
