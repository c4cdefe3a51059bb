import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  registerAppProtocol,
  resolveAppPath,
} from '../../electron/main/app-protocol';

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'none'; frame-src 'self' about:; child-src 'self' about:; form-action 'none'; " +
  "base-uri 'none'; object-src 'none'";

let folder: string;
let root: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-protocol-'));
  root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>MailLens</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(folder, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('maps the app page and its assets into the renderer folder', () => {
    expect(resolveAppPath('app://maillens/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://maillens/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://maillens/assets/app.js?v=1#top', root)).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppPath('app://maillens/assets/a%20b.png', root)).toBe(join(root, 'assets', 'a b.png'));
  });

  it.each([
    'app://maillens/../../etc/passwd',
    'app://maillens/../secret.txt',
    'app://maillens/assets/../../secret.txt',
    'app://maillens/%2e%2e/%2e%2e/etc/passwd',
    'app://maillens/%2E%2E/secret.txt',
    'app://maillens/.%2e/secret.txt',
    'app://maillens/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://maillens/assets%2f..%2f..%2fsecret.txt',
    'app://maillens/..\\..\\etc\\passwd',
    'app://maillens/assets\\..\\..\\secret.txt',
    'app://maillens/..%5c..%5csecret.txt',
    'app://maillens/index.html%00.png',
    'app://maillens/%E0%A4%A',
  ])('refuses the traversal attempt %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://maillens.evil.example/index.html',
    'app://maillens:8080/index.html',
    'app://user:pass@maillens/index.html',
    'https://maillens/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses a URL that is not the app origin: %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never answers a path outside the folder', () => {
    const answer = resolveAppPath('app://maillens/deep/../../../x', root);
    expect(answer === null || answer.startsWith(root + sep)).toBe(true);
  });
});

describe('the app:// handler', () => {
  const fetchApp = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }));

  it('serves index.html with the strict Content-Security-Policy', async () => {
    const response = await fetchApp('app://maillens/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>MailLens</title>');
  });

  it('gives scripts and styles their content types', async () => {
    expect((await fetchApp('app://maillens/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await fetchApp('app://maillens/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers 404, still with the CSP, for a missing file, a folder, a traversal or another host', async () => {
    for (const url of [
      'app://maillens/missing.js',
      'app://maillens/assets',
      'app://maillens/%2e%2e/secret.txt',
      'app://other/index.html',
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
      expect(await response.text()).not.toContain('outside the renderer folder');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetchApp('app://maillens/index.html', 'POST')).status).toBe(405);
    const head = await fetchApp('app://maillens/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is registered for the app scheme, whose privileges are standard, secure and fetch-capable', () => {
    registerAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });
});
