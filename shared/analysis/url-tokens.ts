// Splits a URL into the places a per-recipient value can hide: path segments, query values and the
// fragment (as Englehardt et al., PETS 2018, did to find leaked addresses).

export interface UrlToken {
  /** Readable place: `query parameter "e"`, `path segment 3`, `fragment`. */
  readonly where: string;
  /** Query parameter name, when the token is a query value. */
  readonly parameter?: string;
  /** The value as written in the URL. */
  readonly raw: string;
  /** The value percent-decoded (equal to raw when it has no escapes or they are malformed). */
  readonly decoded: string;
}

function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

export function urlTokens(url: string | URL): UrlToken[] {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return [];
  }
  const tokens: UrlToken[] = [];
  parsed.pathname
    .split('/')
    .filter(Boolean)
    .forEach((segment, index) => {
      tokens.push({ where: `path segment ${index + 1}`, raw: segment, decoded: percentDecode(segment) });
    });
  for (const pair of parsed.search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = percentDecode(equals < 0 ? pair : pair.slice(0, equals));
    const raw = equals < 0 ? '' : pair.slice(equals + 1);
    if (raw) tokens.push({ where: `query parameter "${name}"`, parameter: name, raw, decoded: percentDecode(raw) });
    else if (equals < 0 && name) tokens.push({ where: 'query', raw: pair, decoded: name });
  }
  const fragment = parsed.hash.replace(/^#/, '');
  if (fragment) tokens.push({ where: 'fragment', raw: fragment, decoded: percentDecode(fragment) });
  return tokens;
}

/**
 * The labels of a host name below its last two (`cmVhZGVy.t.example.net` gives one token): a sender can
 * write the reader's address into a host name too. Only searched for the address, never judged as a
 * code (host names of tracking CDNs look random and are the same for everyone).
 */
export function hostTokens(url: URL): UrlToken[] {
  const labels = url.hostname.split('.');
  if (labels.length <= 2 || /^[\d.]+$|^\[/.test(url.hostname)) return [];
  return labels.slice(0, -2).map((label) => ({ where: 'host name', raw: label, decoded: label }));
}
