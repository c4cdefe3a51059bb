import { EventEmitter } from 'node:events';

import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    listeners,
    app: {
      on: (name: string, listener: (...args: unknown[]) => void) => {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      },
    },
    session: { defaultSession: null as unknown },
  };
});
vi.mock('electron', () => electron);

import {
  hardenWebContents,
  installSessionSecurity,
  isAllowedRequestUrl,
  isAppPageUrl,
} from '../../electron/main/session-security';

interface FakeSession {
  requestFilter?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  requestHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  checkHandler?: (contents: unknown, permission: string, origin: string) => boolean;
}

function fakeSession(): FakeSession & Record<string, unknown> {
  const session: FakeSession & Record<string, unknown> = {};
  session.webRequest = {
    onBeforeRequest: (listener: FakeSession['requestFilter']) => void (session.requestFilter = listener),
  };
  session.setPermissionRequestHandler = (handler: FakeSession['requestHandler']) =>
    void (session.requestHandler = handler);
  session.setPermissionCheckHandler = (handler: FakeSession['checkHandler']) => void (session.checkHandler = handler);
  return session;
}

class FakeWebContents extends EventEmitter {
  openHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
}

/** Emits `name` with an Electron-style event object; true when a listener prevented it. */
function emitPrevented(contents: FakeWebContents, name: string, details: Record<string, unknown> = {}): boolean {
  let prevented = false;
  contents.emit(name, { ...details, preventDefault: () => void (prevented = true) });
  return prevented;
}

function requestCancelled(session: FakeSession, url: string): boolean | undefined {
  let answer: { cancel?: boolean } | undefined;
  session.requestFilter?.({ url }, (response) => void (answer = response));
  return answer?.cancel;
}

beforeEach(() => electron.listeners.clear());

describe('the request filter', () => {
  it.each([
    'http://tracker.example/open.gif',
    'https://tracker.example/open.gif',
    'ws://tracker.example/socket',
    'wss://tracker.example/socket',
    'ftp://tracker.example/x',
    'file:///etc/passwd',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'blob:app://maillens/1234',
    'chrome://settings',
  ])('cancels %s', (url) => {
    const session = fakeSession();
    installSessionSecurity(session as never);
    expect(isAllowedRequestUrl(url)).toBe(false);
    expect(requestCancelled(session, url)).toBe(true);
  });

  it('lets the app and the developer tools through', () => {
    const session = fakeSession();
    installSessionSecurity(session as never);
    expect(requestCancelled(session, 'app://maillens/index.html')).toBe(false);
    expect(requestCancelled(session, 'app://maillens/assets/app.js')).toBe(false);
    expect(requestCancelled(session, 'devtools://devtools/bundled/inspector.html')).toBe(false);
  });

  it('is installed on the default session when none is given', () => {
    const session = fakeSession();
    electron.session.defaultSession = session;
    installSessionSecurity();
    expect(requestCancelled(session, 'https://tracker.example/')).toBe(true);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the request and the check for %s',
    (permission) => {
      const session = fakeSession();
      installSessionSecurity(session as never);
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.({}, permission, 'app://maillens')).toBe(false);
    },
  );
});

describe('web contents', () => {
  it('hardens every web contents as it is created', () => {
    installSessionSecurity(fakeSession() as never);
    const contents = new FakeWebContents();
    const created = electron.listeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    for (const listener of created as Listener[]) listener({}, contents);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('keeps the main frame on the app page', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(emitPrevented(contents, name, { url: 'https://tracker.example/' })).toBe(true);
      expect(emitPrevented(contents, name, { url: 'file:///etc/passwd' })).toBe(true);
      expect(emitPrevented(contents, name, { url: 'app://evil/index.html' })).toBe(true);
      expect(emitPrevented(contents, name, { url: 'app://maillens/other.html' })).toBe(true);
      expect(emitPrevented(contents, name, { url: 'app://maillens/index.html' })).toBe(false);
    }
  });

  it('keeps the preview frame on its own document', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    const frame = (url: string, isSameDocument = false) =>
      emitPrevented(contents, 'will-frame-navigate', { url, isMainFrame: false, isSameDocument });
    expect(frame('https://shop.example/sale')).toBe(true);
    expect(frame('data:text/html,<p>x</p>')).toBe(true);
    expect(frame('about:srcdoc')).toBe(false);
    expect(frame('about:srcdoc#section', true)).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    expect(emitPrevented(contents, 'will-attach-webview')).toBe(true);
  });

  it('recognises only the app page', () => {
    expect(isAppPageUrl('app://maillens/index.html')).toBe(true);
    expect(isAppPageUrl('app://maillens/index.html?x#y')).toBe(true);
    expect(isAppPageUrl('app://maillens.evil/index.html')).toBe(false);
    expect(isAppPageUrl('not a url')).toBe(false);
  });
});
