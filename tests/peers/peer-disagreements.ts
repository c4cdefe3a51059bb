// Where a peer rule names an image URL of the team corpus and MailLens does not, and that is explained:
// each entry names the peer rule, the URLs it covers, the reason, and the fixture (tests/fixtures/peers/)
// that pins MailLens' answer for that class. Any other disagreement fails tests/engine/peer-coverage.

import type { Peer } from './peer-rules';

export type DisagreementClass = 'generic-shape-wrong-vendor';

export interface PeerDisagreement {
  readonly peer: Peer;
  readonly vendor: string;
  readonly pattern: string;
  /** The entry only excuses URLs of this shape. */
  readonly url: RegExp;
  readonly class: DisagreementClass;
  readonly fixture: string;
}

/** Why each class is not a MailLens data gap. */
export const WHY: Readonly<Record<DisagreementClass, string>> = {
  'generic-shape-wrong-vendor':
    "MailTrackerBlocker's Epsilon rule /O/(\\w|-){214} is applied case-insensitively, so any /o/ followed by 214 " +
    'word characters counts as Epsilon. The corpus URL is /te/o/<Laravel-encrypted payload: base64 of ' +
    '{"iv":…,"value":…,"mac":…}>?signature=… on a sender\'s own domain: an open pixel of self-hosted software, not ' +
    'Epsilon (whose pixels use an upper-case /O/ and fixed token lengths). MailLens calls it a likely pixel and names ' +
    'no vendor, which is the honest answer.',
};

export const PEER_DISAGREEMENTS: readonly PeerDisagreement[] = [
  {
    peer: 'MailTrackerBlocker',
    vendor: 'Epsilon',
    pattern: '/O/(\\w|-){214}',
    url: /\/o\/eyJpdiI6[A-Za-z0-9_-]+\?signature=[0-9a-f]{64}$/i,
    class: 'generic-shape-wrong-vendor',
    fixture: 'laravel-encrypted-open.eml',
  },
];

export function disagreementFor(peer: Peer, pattern: string, url: string): PeerDisagreement | undefined {
  return PEER_DISAGREEMENTS.find((entry) => entry.peer === peer && entry.pattern === pattern && entry.url.test(url));
}
