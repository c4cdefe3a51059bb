// For every link: which click tracker or wrapper it goes through, where it really leads when that can
// be read from the URL itself, and which parameters tie the click to a campaign or to the reader.

import { identifyingParameter } from '../knowledge/identifying-parameters';
import {
  GENERIC_DESTINATION_PARAMETERS,
  LINK_WRAPPERS,
  type DestinationRule,
  type LinkWrapper,
} from '../knowledge/link-wrappers';
import type { Finding, IdentifyingToken, TrackerInfo } from '../model/finding';
import type { RecipientLeak } from './recipient-leak';
import { urlTokens } from './url-tokens';

export interface LinkParameter {
  readonly name: string;
  readonly value: string;
  readonly owner: string;
  readonly personal: boolean;
  readonly says: string;
}

export interface LinkReport {
  readonly url: string;
  /** Wrappers peeled off, outermost first (Safe Links around a Postmark link gives two). */
  readonly wrappers: readonly { readonly id: string; readonly name: string; readonly source: string }[];
  /** The click-tracking service, when the link goes through one. */
  readonly tracker: TrackerInfo | null;
  /** The real destination when it is written in the URL; null when it is kept on the tracker's server. */
  readonly destination: string | null;
  readonly destinationNote: string;
  readonly identifyingParameters: readonly LinkParameter[];
  readonly recipientLeak: readonly RecipientLeak[];
  readonly tokens: readonly IdentifyingToken[];
}

const MAX_UNWRAP = 4;

function hostMatches(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A value that is, or encodes, an absolute web address. */
export function asDestination(value: string, addScheme = false): string | null {
  const candidates = [value, percentDecode(value), percentDecode(percentDecode(value))];
  if (/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(value)) {
    try {
      candidates.push(atob(value.replace(/-/g, '+').replace(/_/g, '/')));
    } catch {
      // not base64
    }
  }
  for (const candidate of candidates) {
    const trimmed = candidate.trim();
    if (/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(trimmed) && URL.canParse(trimmed)) return new URL(trimmed).href;
    if ((addScheme || /^www\./i.test(trimmed)) && /^[a-z0-9.-]+\.[a-z]{2,}([/?#]|$)/i.test(trimmed)) {
      if (URL.canParse(`https://${trimmed}`)) return new URL(`https://${trimmed}`).href;
    }
  }
  return null;
}

function proofpointV2(url: URL): string | null {
  const encoded = url.searchParams.get('u');
  if (!encoded) return null;
  const decoded = encoded
    .replace(/_/g, '/')
    .replace(/-([0-9A-F]{2})/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
  return asDestination(decoded);
}

function proofpointV3(url: string): string | null {
  const start = url.indexOf('/v3/__');
  const end = url.indexOf('__;', start + 6);
  return start >= 0 && end > start ? asDestination(url.slice(start + 6, end)) : null;
}

function applyRule(rule: DestinationRule, url: URL, raw: string): string | null {
  switch (rule.kind) {
    case 'parameter':
      for (const name of rule.names) {
        const value = url.searchParams.get(name);
        const destination = value ? asDestination(value) : null;
        if (destination) return destination;
      }
      return null;
    case 'path': {
      const match = new RegExp(rule.pattern, 'i').exec(url.pathname + url.search);
      return match?.[1] ? asDestination(match[1], rule.addScheme) : null;
    }
    case 'proofpoint-v2':
      return proofpointV2(url);
    case 'proofpoint-v3':
      return proofpointV3(raw);
  }
}

const WRAPPER_PATHS = new Map(
  LINK_WRAPPERS.map((wrapper) => [wrapper, wrapper.path ? new RegExp(wrapper.path, 'i') : null]),
);

function knownWrapper(url: URL): LinkWrapper | undefined {
  const host = url.hostname.toLowerCase();
  return LINK_WRAPPERS.find((wrapper) => {
    const path = WRAPPER_PATHS.get(wrapper);
    return hostMatches(host, wrapper.hosts) && (!path || path.test(url.pathname));
  });
}

/** A redirect written as a parameter (`?url=https://...`) by an unknown redirector. */
function genericDestination(url: URL): string | null {
  for (const name of GENERIC_DESTINATION_PARAMETERS) {
    const value = url.searchParams.get(name);
    const destination = value ? asDestination(value) : null;
    if (destination) return destination;
  }
  const embedded = /(https?(?:%3A|:)(?:%2F|\/){2}[^&?#]+)/i.exec(url.pathname);
  return embedded?.[1] ? asDestination(embedded[1]) : null;
}

interface Unwrapped {
  readonly wrappers: LinkReport['wrappers'];
  readonly destination: string | null;
  readonly how: string;
}

export function unwrapLink(href: string): Unwrapped {
  const wrappers: { id: string; name: string; source: string }[] = [];
  let current = href;
  let how = '';
  for (let step = 0; step < MAX_UNWRAP; step++) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      break;
    }
    const wrapper = knownWrapper(url);
    const next = wrapper ? applyRule(wrapper.destination, url, current) : genericDestination(url);
    if (!next || next === current) break;
    wrappers.push(
      wrapper
        ? { id: wrapper.id, name: wrapper.name, source: wrapper.source }
        : { id: 'redirect-parameter', name: 'redirect in a parameter', source: 'the URL itself' },
    );
    how = wrapper ? `read from the ${wrapper.name} URL` : 'read from a redirect parameter';
    current = next;
  }
  return wrappers.length ? { wrappers, destination: current, how } : { wrappers, destination: null, how };
}

function parametersOf(url: string): LinkParameter[] {
  const found: LinkParameter[] = [];
  for (const token of urlTokens(url)) {
    if (!token.parameter) continue;
    const known = identifyingParameter(token.parameter);
    if (known)
      found.push({
        name: token.parameter,
        value: token.decoded,
        owner: known.owner,
        personal: known.personal,
        says: known.says,
      });
  }
  return found;
}

export function analyseLink(finding: Finding): LinkReport {
  const { wrappers, destination, how } = unwrapLink(finding.url);
  const tracked = finding.tracker !== null;
  const destinationNote = destination
    ? how
    : tracked
      ? `kept on ${finding.tracker!.name}'s server: it cannot be known without clicking, and clicking is recorded`
      : 'not wrapped: the link goes straight to its destination';
  const target = destination ?? (tracked ? null : finding.url);
  const identifyingParameters = [...parametersOf(finding.url), ...(destination ? parametersOf(destination) : [])];
  return {
    url: finding.url,
    wrappers,
    tracker: finding.tracker,
    destination: target,
    destinationNote,
    identifyingParameters,
    recipientLeak: finding.recipientLeak,
    tokens: finding.tokens,
  };
}
