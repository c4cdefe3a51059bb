// What the server behind a remote reference learns, in plain words, each statement with its source.
// Used for every finding; the renderer only shows these texts (strings live here, in one place).

export type LearnedFact =
  | 'ip-address'
  | 'user-agent'
  | 'open-time'
  | 'identity'
  | 'printed'
  | 'forwarded'
  | 'dark-mode'
  | 'outlook'
  | 'hover'
  | 'click'
  | 'dns-resolver'
  | 'proxied-open'
  | 'prefetched';

export interface Statement {
  readonly says: string;
  readonly source: string;
}

const EPT = 'Email Privacy Tester (mikecardwell/email-privacy-tester): logs IP, User-Agent and time per fetched test';
const LITMUS =
  'Litmus email analytics, as documented on Security StackExchange ("How does Litmus track forwards/prints")';

export const REVEALS: Readonly<Record<LearnedFact, Statement>> = {
  'ip-address': {
    says:
      'your IP address, and from it roughly where you were (city), your internet provider or organisation, ' +
      'and whether you were at home, at work or on mobile data',
    source: `${EPT}; Dutch data protection authority on DUO's pixels: a recipient's IP address is personal data (de Volkskrant, Aug 2019)`,
  },
  'user-agent': {
    says: 'your mail program, operating system and kind of device (sent in the User-Agent header)',
    source: `${EPT}; RFC 9110 section 10.1.5 (User-Agent)`,
  },
  'open-time': {
    says: 'the exact time you opened the mail, and every time you open it again',
    source: `${EPT}; Apple: senders "can learn when and how many times you opened their email" (Mail Privacy Protection announcement, 2021)`,
  },
  identity: {
    says: 'that it was you who opened it, because the address is unique to you',
    source:
      'Englehardt, Han, Narayanan, "I never signed up for this!", PoPETs 2018 (per-recipient URLs and leaked addresses)',
  },
  printed: {
    says: 'that you printed the mail (this image only loads for printing)',
    source: `${LITMUS}: a background image inside @media print`,
  },
  forwarded: {
    says: 'that you replied to or forwarded the mail, and the IP address of whoever reads the forward',
    source: `${LITMUS}: CSS that only matches inside reply/forward wrappers; Apple lists "whether you forwarded the email"`,
  },
  'dark-mode': {
    says: 'that your device shows mail in dark mode',
    source: 'CSS media query prefers-color-scheme (Media Queries Level 5); fetched only when it matches',
  },
  outlook: {
    says: 'that you read the mail in Outlook for Windows (only Outlook renders conditional comments)',
    source: 'Microsoft Word/Outlook conditional comments; cure53 HTTPLeaks (conditional comments section)',
  },
  hover: {
    says: 'that you moved the pointer over that part of the mail',
    source: 'CSS :hover and cursor images load on hover (cure53 HTTPLeaks, cursor section)',
  },
  click: {
    says: 'that you clicked, when, and from which IP address and browser',
    source:
      'HTTP request of the link itself; click tracking is not blocked by Apple MPP, Gmail or DuckDuckGo at launch',
  },
  'proxied-open': {
    says:
      "that the mail was opened, and when it was first opened; your mail provider's image proxy fetches the " +
      'picture for you, so the sender sees the proxy’s address and user agent, not yours, and later openings may ' +
      'be served from its cache',
    source: 'Word to the Wise, "Gmail image caching" (Dec 2013); Trocker chrome/data/DNR_proxy_rules.json',
  },
  prefetched: {
    says:
      'only that the mail reached your inbox: Apple fetches remote content through its relays soon after ' +
      'delivery, whether or not you read the mail, so the sender sees an Apple relay address and a time near ' +
      'delivery, not your IP address, your device or when you read it',
    source: 'Apple, Mail Privacy Protection (iOS 15 / macOS Monterey, 2021); SocketLabs MPP tests',
  },
  'dns-resolver': {
    says:
      'only if your mail program resolves this host name in advance (most do not; Thunderbird turns it off): ' +
      "then the operator of the domain's name servers sees a look-up from your DNS resolver (usually your " +
      "provider's), not from your own address, and learns that the mail was displayed only when the host name " +
      'was made for this mail or for you',
    source:
      'Email Privacy Tester "DNS Prefetch" tests; Thunderbird network.dns.disablePrefetch (on by default for mail); ' +
      'RFC 1034 section 5.3.1 (resolvers query name servers on behalf of their clients)',
  },
};

/** How the identity statement reads, by how the URL ties the fetch to the reader. */
export const IDENTITY_TEXT: Readonly<Record<'address' | 'recipient-id' | 'probable-token', string>> = {
  address: 'that it was you who opened it: your own address is in the URL',
  'recipient-id': 'that it was you who opened it: the URL carries the id the service gave you as a recipient',
  'probable-token': 'probably that it was you: the URL carries a code that looks unique to each recipient',
};

export type ReadingMode = 'direct' | 'gmail' | 'apple-mpp' | 'outlook-default' | 'thunderbird-default';

/**
 * How a way of reading fetches what a mail loads on opening: from the reader's device, through the
 * provider's image proxy, in the background soon after delivery, or not at all until pictures are allowed.
 */
export type PictureFetch = 'direct' | 'proxied' | 'prefetched' | 'blocked';

export interface ReadingModeFacts {
  readonly label: string;
  readonly pictures: PictureFetch;
  /** Whether the program looks up host names in advance (only a mail app with pictures on may). */
  readonly dnsPrefetch: boolean;
  /** Whether it renders Outlook's conditional comments (only Outlook for Windows does). */
  readonly outlookConditionals: boolean;
  /** What an open-triggered fetch reveals in this way of reading. */
  readonly ipAddress: boolean;
  readonly userAgent: boolean;
  readonly openTime: 'each-open' | 'first-open' | 'near-delivery' | 'none';
  readonly says: string;
  readonly source: string;
}

export const READING_MODES: Readonly<Record<ReadingMode, ReadingModeFacts>> = {
  direct: {
    pictures: 'direct',
    dnsPrefetch: true,
    outlookConditionals: true,
    label:
      'a mail app with pictures on (Thunderbird or Outlook with pictures allowed, Apple Mail with Privacy Protection off)',
    ipAddress: true,
    userAgent: true,
    openTime: 'each-open',
    says: 'Your own device fetches the image: the sender sees your IP address, your mail program and every opening.',
    source: `${EPT}; itdelatrisu/email-tracking-tester`,
  },
  gmail: {
    pictures: 'proxied',
    dnsPrefetch: false,
    outlookConditionals: false,
    label: 'Gmail (web or app)',
    ipAddress: false,
    userAgent: false,
    openTime: 'first-open',
    says:
      "Google's image proxy fetches the image: the sender sees a Google address and the user agent " +
      '"GoogleImageProxy", and learns when you first opened the mail (later openings are served from the cache).',
    source: 'Word to the Wise, "Gmail image caching" (Dec 2013); ScientiaMobile on GoogleImageProxy',
  },
  'apple-mpp': {
    pictures: 'prefetched',
    dnsPrefetch: false,
    outlookConditionals: false,
    label: 'Apple Mail with Mail Privacy Protection',
    ipAddress: false,
    userAgent: false,
    openTime: 'near-delivery',
    says:
      'Apple fetches remote content in the background through relays soon after delivery: the sender sees an Apple ' +
      'relay address and a time near delivery, not your reading — unless you open the mail before the prefetch.',
    source:
      'Apple, Mail Privacy Protection (iOS 15 / macOS Monterey, 2021); SocketLabs MPP tests; MailTrackerBlocker README',
  },
  'outlook-default': {
    pictures: 'blocked',
    dnsPrefetch: false,
    outlookConditionals: true,
    label: 'Outlook for Windows with its default settings',
    ipAddress: false,
    userAgent: false,
    openTime: 'none',
    says:
      'Outlook blocks pictures until you click "Download pictures" (except for Safe Senders); from then on it is a ' +
      'direct fetch from your device.',
    source: 'Microsoft Support, "Block or unblock automatic picture downloads in email messages"',
  },
  'thunderbird-default': {
    pictures: 'blocked',
    dnsPrefetch: false,
    outlookConditionals: false,
    label: 'Thunderbird with its default settings',
    ipAddress: false,
    userAgent: false,
    openTime: 'none',
    says: 'Thunderbird blocks remote content until you allow it for this message, sender or site.',
    source:
      'Thunderbird preference mailnews.message_display.disable_remote_image (default: blocked); support.mozilla.org "Remote content in messages"',
  },
};
