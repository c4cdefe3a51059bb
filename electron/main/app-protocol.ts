// The renderer is served from app://maillens/ instead of file:// (Electron security checklist 18:
// "Avoid usage of the file protocol and prefer usage of custom protocols"), after Element Desktop's
// vector:// handler: only files inside the built renderer folder, never a path that climbs out of it,
// each response carrying the app's Content-Security-Policy (checklist 7: define a CSP).
// Security-critical: do not change without review.

import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { protocol, type CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'maillens';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/** dist/renderer, beside dist/main where this file is bundled. */
export const RENDERER_ROOT = join(__dirname, '..', 'renderer');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self' about:",
  "child-src 'self' about:",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Registered before `ready` (Electron requires it): `standard` gives the scheme normal URL parsing and
 * an origin, `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A `..` segment, plain or percent-encoded, before the URL parser gets a chance to fold it away. */
const CLIMBING_SEGMENT = /(?:^|[/\\])(?:\.|%2e){2}(?:[/\\?#]|$)/i;

/**
 * The file inside `root` that `url` names, or null when the URL is not ours or tries to leave `root`.
 * A URL that tries to climb is refused outright rather than normalised: `..` (plain or encoded), an
 * encoded slash hiding one, a backslash (a separator on Windows), NUL. The containment check at the
 * end is the backstop should anything slip through.
 */
export function resolveAppPath(url: string, root: string = RENDERER_ROOT): string | null {
  if (CLIMBING_SEGMENT.test(url) || url.includes('\\')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${pathname === '/' || pathname === '' ? '/index.html' : pathname}`);
  const inside = relative(base, target);
  if (inside === '' || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return target;
}

function respond(status: number, body: ConstructorParameters<typeof Response>[0], contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      // electronegativity CSP_GLOBAL_CHECK, allowlisted in build/electronegativity-allowlist.json: electronegativity
      // only recognises a CSP set through webRequest response headers or an HTML meta tag in the scanned folder, but
      // MailLens sends CONTENT_SECURITY_POLICY as a header on every app:// response (here) and renderer/index.html
      // repeats it in a meta tag.
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The handler behind app://: GET of a file in `root`, 404 for anything else. */
export function createAppRequestHandler(root: string = RENDERER_ROOT): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain');
    const path = resolveAppPath(request.url, root);
    // Files are read here rather than with net.fetch('file://…'): the session's request filter cancels
    // every file:// request, and the page itself must never get file:// access.
    if (
      path === null ||
      !(await stat(path).then(
        (info) => info.isFile(),
        () => false,
      ))
    ) {
      return respond(404, 'not found', 'text/plain; charset=utf-8');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(path));
    return respond(200, body, contentTypeOf(path));
  };
}

export function registerAppProtocol(root: string = RENDERER_ROOT): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
