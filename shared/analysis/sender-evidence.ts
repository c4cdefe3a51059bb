// Who really sent the mail, as far as its headers say: the domains of From, Sender and Return-Path, of
// its DKIM signatures, of the hosts it was received from, and of its Message-ID. A tracker whose ids are
// only handed out in its own mail (Facebook's `mid`) identifies the reader only in mail it sent; a
// phishing copy of its mail carries the id of whoever received the original.

import type { MailMessage } from '../model/mail';
import { headerValues } from '../model/mail';
import type { HeaderAnalysis } from './analyse-headers';

export interface SenderEvidence {
  /** Lower-case domains and host names named by the headers. */
  readonly domains: readonly string[];
  /** Whether the mail carries transport traces (Return-Path, DKIM, Received): a saved copy without them
   * says little about who sent it. */
  readonly traced: boolean;
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address
    .slice(at + 1)
    .replace(/[>\s].*$/, '')
    .toLowerCase();
  return domain.includes('.') ? domain : null;
}

export function senderEvidence(message: MailMessage, headers: HeaderAnalysis): SenderEvidence {
  const returnPaths = headerValues(message, 'return-path');
  const domains = [
    ...message.from.map((item) => item.address),
    ...headerValues(message, 'sender'),
    ...returnPaths,
    ...headerValues(message, 'message-id'),
  ]
    .map(domainOf)
    .filter((domain): domain is string => domain !== null);
  domains.push(...headers.dkim.map((signature) => signature.domain.toLowerCase()));
  domains.push(...headers.received.map((hop) => hop.from.toLowerCase()).filter((host) => host.includes('.')));
  return {
    domains: [...new Set(domains)],
    traced: returnPaths.length > 0 || headers.dkim.length > 0 || headers.received.length > 0,
  };
}

/**
 * Did the mail come from one of these domains? `true` when a header names one of them, `false` when the
 * mail is traced and none does, `null` when it cannot be told (an untraced copy from someone else).
 */
export function sentFrom(evidence: SenderEvidence, senderDomains: readonly string[]): boolean | null {
  const named = evidence.domains.some((domain) =>
    senderDomains.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`)),
  );
  if (named) return true;
  return evidence.traced ? false : null;
}
