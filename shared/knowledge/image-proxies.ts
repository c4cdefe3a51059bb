// Webmail image proxies. A mail saved from Gmail or Yahoo Mail has its pictures rewritten to the
// provider's proxy, with the original address kept in the URL (Gmail after `#`, Yahoo in `url=`). The
// proxy fetches the original for the reader: the sender still learns that (and when) the mail was
// opened, and any id in the original URL, but sees the provider's address and user agent, not the
// reader's. Trackers are recognised in the original; the proxy itself is nobody's tracker.

export interface ImageProxy {
  readonly id: string;
  readonly name: string;
  /** Host suffixes (lower case). */
  readonly hosts: readonly string[];
  /** The path starts with one of these. */
  readonly pathPrefixes: readonly string[];
  /** Where the original address is written. */
  readonly original: { readonly in: 'fragment' } | { readonly in: 'query'; readonly parameter: string };
  readonly source: string;
}

const TROCKER_PROXIES =
  'Trocker (trockerapp/trocker), chrome/data/DNR_proxy_rules.json: the webmail image proxies it blocks';

export const IMAGE_PROXIES: readonly ImageProxy[] = [
  {
    id: 'gmail',
    name: "Google's Gmail image proxy",
    hosts: ['googleusercontent.com'],
    pathPrefixes: ['/proxy/', '/meips/'],
    original: { in: 'fragment' },
    source: `${TROCKER_PROXIES}; Word to the Wise, "Gmail image caching" (Dec 2013)`,
  },
  {
    id: 'yahoo-mail',
    name: "Yahoo Mail's image proxy",
    hosts: ['yusercontent.com'],
    pathPrefixes: ['/mail'],
    original: { in: 'query', parameter: 'url' },
    source: TROCKER_PROXIES,
  },
];

export interface Proxied {
  readonly proxy: ImageProxy;
  readonly original: URL;
}

function absolute(value: string | null): URL | null {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The original picture behind a webmail proxy URL, or null when the URL is not one. */
export function unwrapImageProxy(url: URL): Proxied | null {
  const host = url.hostname.toLowerCase();
  for (const proxy of IMAGE_PROXIES) {
    if (!proxy.hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) continue;
    if (!proxy.pathPrefixes.some((prefix) => url.pathname.startsWith(prefix))) continue;
    const raw = proxy.original.in === 'fragment' ? url.hash.slice(1) : url.searchParams.get(proxy.original.parameter);
    const original = absolute(raw);
    if (original) return { proxy, original };
  }
  return null;
}
