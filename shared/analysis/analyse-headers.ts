// What the headers say: read-receipt requests, the unsubscribe link and its tokens, the sending
// platform, and for journalists the authentication results and the path the mail travelled.

import { PLATFORM_FINGERPRINTS, RELAY_PLATFORMS, type Clue } from '../knowledge/platform-fingerprints';
import type { IdentifyingToken } from '../model/finding';
import type { MailMessage } from '../model/mail';
import { headerValues } from '../model/mail';
import { looksOpaque } from './opaque-token';
import { urlTokens } from './url-tokens';

export interface ReadReceiptRequest {
  /** `Disposition-Notification-To` (RFC 8098), `Return-Receipt-To` or `X-Confirm-Reading-To`. */
  readonly header: string;
  readonly address: string;
  readonly says: string;
}

export interface ListUnsubscribe {
  readonly urls: readonly string[];
  readonly mailto: readonly string[];
  /** RFC 8058 one-click: a POST to the URL unsubscribes, no confirmation. */
  readonly oneClick: boolean;
  readonly tokens: readonly IdentifyingToken[];
}

export interface PlatformMatch {
  readonly platform: string;
  readonly company: string;
  /** The headers that gave it away, e.g. `X-Kmail-Account header`, `DKIM d=sendgrid.info`. */
  readonly evidence: readonly string[];
}

export interface DkimSignature {
  readonly domain: string;
  readonly selector: string;
}

export interface AuthenticationResult {
  readonly method: string;
  readonly result: string;
  readonly detail: string;
}

export interface ReceivedHop {
  readonly from: string;
  readonly by: string;
  readonly date: string | null;
  /** Seconds since the previous (older) hop, when both dates are known. */
  readonly delaySeconds: number | null;
}

export interface HeaderAnalysis {
  readonly readReceipt: readonly ReadReceiptRequest[];
  readonly listUnsubscribe: ListUnsubscribe | null;
  readonly platform: readonly PlatformMatch[];
  readonly dkim: readonly DkimSignature[];
  readonly authentication: readonly AuthenticationResult[];
  /** Oldest hop first. */
  readonly received: readonly ReceivedHop[];
}

const RECEIPT_HEADERS: Readonly<Record<string, string>> = {
  'disposition-notification-to': 'Disposition-Notification-To',
  'return-receipt-to': 'Return-Receipt-To',
  'x-confirm-reading-to': 'X-Confirm-Reading-To',
};

function readReceipts(message: MailMessage): ReadReceiptRequest[] {
  const requests: ReadReceiptRequest[] = [];
  for (const [name, label] of Object.entries(RECEIPT_HEADERS)) {
    for (const value of headerValues(message, name)) {
      requests.push({
        header: label,
        address: value.trim(),
        says:
          'asks your mail program to send a read receipt to this address when you open the mail; most programs ' +
          'ask you first, some send it without asking (RFC 8098)',
      });
    }
  }
  return requests;
}

/** Tag-list of a DKIM-Signature (RFC 6376 section 3.2): `v=1; a=rsa-sha256; d=example.com; s=sel; ...`. */
export function dkimTags(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of value.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) tags.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).replace(/\s+/g, ''));
  }
  return tags;
}

function dkimSignatures(message: MailMessage): DkimSignature[] {
  return headerValues(message, 'dkim-signature').map((value) => {
    const tags = dkimTags(value);
    return { domain: (tags.get('d') ?? '').toLowerCase(), selector: tags.get('s') ?? '' };
  });
}

function listUnsubscribe(message: MailMessage): ListUnsubscribe | null {
  const values = headerValues(message, 'list-unsubscribe');
  if (values.length === 0) return null;
  const items = values.flatMap((value) => value.split(',').map((item) => item.trim().replace(/^<|>$/g, '')));
  const urls = items.filter((item) => /^https?:/i.test(item));
  const tokens = urls.flatMap((url) =>
    urlTokens(url)
      .filter((token) => looksOpaque(token.decoded))
      .map((token) => ({ where: token.where, value: token.decoded, reason: 'opaque' as const })),
  );
  const oneClick = headerValues(message, 'list-unsubscribe-post').some((value) =>
    /List-Unsubscribe=One-Click/i.test(value),
  );
  return { urls, mailto: items.filter((item) => /^mailto:/i.test(item)), oneClick, tokens };
}

const compiled = new Map<string, RegExp>();

/** Fingerprint patterns are compiled once per process, not once per mail. */
function pattern(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) {
    regex = new RegExp(source, 'i');
    compiled.set(source, regex);
  }
  return regex;
}

/** Header values by lower-case name, built once per mail (the fingerprints ask for ~90 names). */
type HeaderIndex = ReadonlyMap<string, readonly string[]>;

function indexHeaders(message: MailMessage): HeaderIndex {
  const index = new Map<string, string[]>();
  for (const header of message.headers) {
    const values = index.get(header.name);
    if (values) values.push(header.value);
    else index.set(header.name, [header.value]);
  }
  return index;
}

function clueEvidence(clue: Clue, headers: HeaderIndex, dkim: readonly DkimSignature[]): string | null {
  if ('dkimDomain' in clue) {
    const hit = dkim.find(
      (signature) => signature.domain === clue.dkimDomain || signature.domain.endsWith(`.${clue.dkimDomain}`),
    );
    return hit ? `DKIM signature d=${hit.domain}` : null;
  }
  if ('dkimSelector' in clue) {
    const hit = dkim.find((signature) => pattern(clue.dkimSelector).test(signature.selector));
    return hit ? `DKIM selector s=${hit.selector}` : null;
  }
  const values = headers.get(clue.header) ?? [];
  if (values.length === 0) return null;
  if (!('value' in clue)) return `${clue.header} header`;
  const regex = pattern(clue.value);
  return values.some((value) => regex.test(value.trim())) ? `${clue.header}: ${clue.value.replace(/\\/g, '')}` : null;
}

function platforms(message: MailMessage, dkim: readonly DkimSignature[]): PlatformMatch[] {
  const byPlatform = new Map<string, { company: string; evidence: string[] }>();
  const headers = indexHeaders(message);
  for (const fingerprint of PLATFORM_FINGERPRINTS) {
    const evidence = clueEvidence(fingerprint.clue, headers, dkim);
    if (!evidence) continue;
    const entry = byPlatform.get(fingerprint.platform) ?? { company: fingerprint.company, evidence: [] };
    entry.evidence.push(evidence);
    byPlatform.set(fingerprint.platform, entry);
  }
  return [...byPlatform.entries()]
    .map(([platform, { company, evidence }]) => ({ platform, company, evidence }))
    .sort(
      (a, b) =>
        Number(RELAY_PLATFORMS.has(a.platform)) - Number(RELAY_PLATFORMS.has(b.platform)) ||
        b.evidence.length - a.evidence.length,
    );
}

function authenticationResults(message: MailMessage): AuthenticationResult[] {
  const results: AuthenticationResult[] = [];
  for (const value of headerValues(message, 'authentication-results')) {
    // `authserv-id; method=result reason props; method=result ...` (RFC 8601)
    for (const part of value.split(';').slice(1)) {
      const match = /^\s*([a-z0-9-]+)\s*=\s*([a-z]+)\b(.*)$/is.exec(part);
      if (match)
        results.push({ method: match[1]!.toLowerCase(), result: match[2]!.toLowerCase(), detail: match[3]!.trim() });
    }
  }
  return results;
}

function receivedChain(message: MailMessage): ReceivedHop[] {
  const hops = headerValues(message, 'received')
    .map((value) => {
      const semicolon = value.lastIndexOf(';');
      const parsed = semicolon >= 0 ? Date.parse(value.slice(semicolon + 1).trim()) : Number.NaN;
      return {
        from: /\bfrom\s+(\S+)/i.exec(value)?.[1] ?? '',
        by: /\bby\s+(\S+)/i.exec(value)?.[1] ?? '',
        time: Number.isNaN(parsed) ? null : parsed,
      };
    })
    .reverse();
  return hops.map((hop, index) => {
    const previous = index > 0 ? hops[index - 1]!.time : null;
    return {
      from: hop.from,
      by: hop.by,
      date: hop.time === null ? null : new Date(hop.time).toISOString(),
      delaySeconds: hop.time !== null && previous !== null ? Math.round((hop.time - previous) / 1000) : null,
    };
  });
}

export function analyseHeaders(message: MailMessage): HeaderAnalysis {
  const dkim = dkimSignatures(message);
  return {
    readReceipt: readReceipts(message),
    listUnsubscribe: listUnsubscribe(message),
    platform: platforms(message, dkim),
    dkim,
    authentication: authenticationResults(message),
    received: receivedChain(message),
  };
}
