// Link wrappers whose real destination sits inside the wrapped URL, and how to read it back.
// Facts from tracking-facts section 5.1 (Trocker lists, ClearURLs redirections, vendor documentation).

export type DestinationRule =
  /** The destination is the value of one of these query parameters. */
  | { readonly kind: 'parameter'; readonly names: readonly string[] }
  /** The destination is the first capture of this regex over the path, percent-encoded. */
  | { readonly kind: 'path'; readonly pattern: string; readonly addScheme?: boolean }
  /** Proofpoint URL Defense v2: `u=` with `-XX` hex escapes and `_` for `/`. */
  | { readonly kind: 'proofpoint-v2' }
  /** Proofpoint URL Defense v3: the URL between `/v3/__` and `__;`. */
  | { readonly kind: 'proofpoint-v3' };

export interface LinkWrapper {
  readonly id: string;
  readonly name: string;
  /** Host suffixes (lower case). */
  readonly hosts: readonly string[];
  /** Optional regex the path must match. */
  readonly path?: string;
  readonly destination: DestinationRule;
  readonly source: string;
}

export const LINK_WRAPPERS: readonly LinkWrapper[] = [
  {
    id: 'amazon-ses',
    name: 'Amazon SES click tracking',
    hosts: ['awstrack.me'],
    path: '^/L0/',
    destination: { kind: 'path', pattern: '^/L0/([^/]+)/' },
    source: 'Amazon SES developer guide, "Open and click tracking"; awstrack.me links quoted in public repositories',
  },
  {
    id: 'postmark',
    name: 'Postmark click tracking',
    hosts: ['click.pstmrk.it'],
    destination: { kind: 'path', pattern: '^/[0-9a-z]+/([^/]+)/', addScheme: true },
    source: 'trockerapp/trocker pull request #9 (Postmark click.pstmrk.it)',
  },
  {
    id: 'google-redirect',
    name: 'Google redirect',
    hosts: ['google.com', 'google.de', 'google.nl', 'google.co.uk', 'google.fr'],
    path: '^/url$',
    destination: { kind: 'parameter', names: ['q', 'url'] },
    source: 'trockerapp/trocker DNR_bypass_redirects.json; ClearURLs redirections (google)',
  },
  {
    id: 'microsoft-safe-links',
    name: 'Microsoft Defender Safe Links',
    hosts: ['safelinks.protection.outlook.com'],
    destination: { kind: 'parameter', names: ['url'] },
    source: 'Microsoft Learn, "Safe Links in Microsoft Defender for Office 365"',
  },
  {
    id: 'proofpoint-v2',
    name: 'Proofpoint URL Defense (v2)',
    hosts: ['urldefense.proofpoint.com'],
    path: '^/v2/url',
    destination: { kind: 'proofpoint-v2' },
    source: 'Proofpoint URL Defense decoder documentation (help.proofpoint.com); public decoders on GitHub',
  },
  {
    id: 'proofpoint-v3',
    name: 'Proofpoint URL Defense (v3)',
    hosts: ['urldefense.com'],
    path: '^/v3/__',
    destination: { kind: 'proofpoint-v3' },
    source: 'Proofpoint URL Defense decoder documentation (help.proofpoint.com); public decoders on GitHub',
  },
  {
    id: 'icontact',
    name: 'iContact click tracking',
    hosts: ['icptrack.com'],
    destination: { kind: 'parameter', names: ['destination'] },
    source: 'trockerapp/trocker chrome/lists.js (click.icptrack.com, parameter destination)',
  },
  {
    id: 'bananatag',
    name: 'Bananatag click tracking',
    hosts: ['bl-1.com'],
    destination: { kind: 'parameter', names: ['url'] },
    source: 'trockerapp/trocker chrome/lists.js (bl-1.com, parameter url)',
  },
  {
    id: 'yesware',
    name: 'Yesware click tracking',
    hosts: ['t.yesware.com'],
    destination: { kind: 'parameter', names: ['ytl'] },
    source: 'trockerapp/trocker chrome/lists.js (t.yesware.com/tl, parameter ytl)',
  },
  {
    id: 'hubspot-sales',
    name: 'HubSpot Sales (Sidekick) click tracking',
    hosts: ['sidekickopen01.com', 'sidekickopen02.com', 'sidekickopen03.com', 'signaux.com', 'senal.com', 'strk.email'],
    destination: { kind: 'parameter', names: ['t'] },
    source: 'trockerapp/trocker chrome/lists.js (t.sidekickopen*, t.signaux*, t.senal*, t.strk*, parameter t)',
  },
  {
    id: 'signl',
    name: 'signl.live click tracking',
    hosts: ['signl.live'],
    destination: { kind: 'parameter', names: ['redirect'] },
    source: 'trockerapp/trocker issue #1 (signl.live/tracker/click?redirect=)',
  },
  {
    id: 'govdelivery',
    name: 'GovDelivery link tracking',
    hosts: ['links.govdelivery.com'],
    destination: { kind: 'path', pattern: '/track\\?.*?(https?(?:%3A|:)[^&]+)' },
    source: 'ClearURLs rules, redirections for govdelivery.com',
  },
];

/** Query parameters that generic redirectors use for the destination (tried when no wrapper is known). */
export const GENERIC_DESTINATION_PARAMETERS: readonly string[] = [
  'url',
  'u',
  'redirect',
  'redirect_url',
  'redirect_uri',
  'redirectUrl',
  'target',
  'targetUrl',
  'dest',
  'destination',
  'link',
  'goto',
  'to',
  'r',
  'out',
  'href',
  'next',
  'continue',
  'return',
  'rurl',
];
