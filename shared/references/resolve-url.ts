// Turning a raw attribute or CSS value into the absolute URL a client would request, or null when the
// value cannot leave the machine (cid:, data:, relative paths with no remote base, fragments, ...).

import { parse as parseDomain } from 'tldts';

export interface ResolvedUrl {
  readonly url: string;
  /** Set when the raw value was not already an absolute remote URL. */
  readonly resolvedFrom?: string;
}

const REMOTE_SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ws:', 'wss:']);

/**
 * Characters the URL parser strips (HTML: leading/trailing C0 controls and spaces; tabs/newlines inside).
 * Trimmed by index: the regex form `[\u0000-\u0020]+$` restarts at every character of a long run of
 * spaces inside a value and takes quadratic time (the fuzzer's 2 MB `href` of spaces took minutes).
 */
function cleanRaw(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end--;
  return raw.slice(start, end).replace(/[\t\n\r]/g, '');
}

export function isRemoteUrl(url: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0]?.toLowerCase();
  return scheme !== undefined && REMOTE_SCHEMES.has(scheme);
}

/**
 * A value such as `tracker.example.com/open.gif` is, strictly, a relative path. Several clients and
 * webmails still fetch it as `http://tracker.example.com/open.gif`, and spammers rely on that, so a
 * first segment that is a real host name under a public suffix is treated as a host.
 */
function schemeLessHost(value: string): string | null {
  if (/^[./\\]/.test(value)) return null;
  const host = value.split(/[/?#]/, 1)[0] ?? '';
  if (!host.includes('.') || /[^a-z0-9.-]/i.test(host)) return null;
  const parsed = parseDomain(host);
  if (parsed.isIp) return host;
  if (!parsed.domain || !parsed.isIcann) return null;
  // File names that happen to end in a TLD (`movie.mov`, `files.zip`) are paths, not hosts.
  if (!parsed.subdomain && FILE_LIKE_TLDS.test(host)) return null;
  return host;
}

const FILE_LIKE_TLDS = /\.(mov|zip)$/i;

function toRemote(candidate: string): string | null {
  if (!isRemoteUrl(candidate) || !URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  return url.hostname ? url.href : null;
}

/**
 * @param raw   the value as written (entities already decoded by the HTML parser)
 * @param base  the effective base URL (`<base href>`, Content-Base, Content-Location), if any
 */
export function resolveUrl(raw: string, base?: string): ResolvedUrl | null {
  const value = cleanRaw(raw);
  if (value === '' || value.startsWith('#')) return null;

  if (isRemoteUrl(value)) {
    const url = toRemote(value);
    return url ? { url } : null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null; // cid:, data:, mailto:, javascript:, file: ...

  if (value.startsWith('//') || value.startsWith('\\\\')) {
    // Protocol-relative: inherits the base's scheme; with no remote base, webmails use https.
    const scheme = base && isRemoteUrl(base) ? new URL(base).protocol : 'https:';
    const url = toRemote(scheme + value.replace(/\\/g, '/'));
    return url ? { url, resolvedFrom: `protocol-relative ${value}` } : null;
  }

  if (base && isRemoteUrl(base) && URL.canParse(value, base)) {
    const url = toRemote(new URL(value, base).href);
    return url ? { url, resolvedFrom: `relative to base ${base}` } : null;
  }

  const host = schemeLessHost(value);
  if (host) {
    const url = toRemote(`http://${value}`);
    return url ? { url, resolvedFrom: `scheme-less ${value}` } : null;
  }
  return null;
}

/** Combines an outer base with a new `<base href>` or Content-Location the way a browser would. */
export function combineBase(outer: string | undefined, inner: string | undefined): string | undefined {
  if (!inner) return outer;
  const value = cleanRaw(inner);
  if (isRemoteUrl(value)) return toRemote(value) ?? outer;
  if (outer && URL.canParse(value, outer)) return new URL(value, outer).href;
  return outer;
}
