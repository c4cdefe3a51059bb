// Where a peer rule names an image URL of the team corpus and MailLens does not, and that is explained:
// each entry names the peer rule, the URLs it covers, the reason, and the fixture (tests/fixtures/peers/)
// that pins MailLens' answer for that class. Any other disagreement fails tests/engine/peer-coverage.

import type { Peer } from './peer-rules';

export type DisagreementClass = 'gmail-image-proxy' | 'generic-shape-wrong-vendor';

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
  'gmail-image-proxy':
    "The mail was saved from Gmail: its <img src> is Google's image proxy (ci*.googleusercontent.com/proxy or /meips) " +
    'with the original tracker URL after "#". The peers search their rule anywhere in the src, so they find the ' +
    'tracker in the fragment. Here the peer is not wrong about the vendor (the proxy does fetch the original, so the ' +
    "sender still learns of the open); MailLens matches the path and query only, so it sees Google's proxy and says " +
    '"likely" without a name. No data row can fix that (a row may not claim googleusercontent.com); unwrapping the ' +
    'fragment is a matcher/classifier change outside the tracker data (reported, not done here). MailLens names ' +
    'each of the unwrapped URLs of the corpus.',
  'generic-shape-wrong-vendor':
    "MailTrackerBlocker's Epsilon rule /O/(\\w|-){214} is applied case-insensitively, so any /o/ followed by 214 " +
    'word characters counts as Epsilon. The corpus URL is /te/o/<Laravel-encrypted payload: base64 of ' +
    '{"iv":…,"value":…,"mac":…}>?signature=… on a sender\'s own domain: an open pixel of self-hosted software, not ' +
    'Epsilon (whose pixels use an upper-case /O/ and fixed token lengths). MailLens calls it a likely pixel and names ' +
    'no vendor, which is the honest answer.',
};

const GMAIL_PROXY = /^https:\/\/ci\d+\.googleusercontent\.com\/(?:proxy|meips)\/[^#]*#/;
const proxy = (peer: Peer, vendor: string, pattern: string): PeerDisagreement => ({
  peer,
  vendor,
  pattern,
  url: GMAIL_PROXY,
  class: 'gmail-image-proxy',
  fixture: 'gmail-proxy-wrapped-open.eml',
});

export const PEER_DISAGREEMENTS: readonly PeerDisagreement[] = [
  // Iterable's /e/eo?_t=&_m=&_e= open pixel behind the proxy; MTB calls the shape "Fastic".
  proxy('MailTrackerBlocker', 'Fastic', '/e/eo\\?_t=[^>]+_m=[^>]+_e='),
  // SendGrid open pixels behind the proxy.
  proxy('MailTrackerBlocker', 'SendGrid', 'sendgrid.(net|com)/wf/open'),
  proxy('Simplify', 'Sendgrid.com', 'sendgrid.(net|com)\\/wf\\/open'),
  proxy('Trocker', 'SendGrid (SG)', 'sendgrid\\.net\\/wf'),
  // A SparkPost open pixel on a branded domain behind the proxy.
  proxy('MailTrackerBlocker', 'SparkPost', '/q/.*~~/.*~/'),
  // An Omnisend (soundestlink.com) pixel behind the proxy; Simplify's generic /o/<10+>/<10+> calls it FreshMail.
  proxy('Simplify', 'FreshMail.com', '\\/o\\/(\\w){10,}\\/(\\w){10,}'),
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
