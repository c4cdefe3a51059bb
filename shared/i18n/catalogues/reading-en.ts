// The engine's texts about reading a mail in English (namespace `engine`): the verdict, the plain answer,
// what a fetch reveals and the ways of reading. Keys and placeholders match reading-nl.ts.

export const READING_EN = {
  verdict: {
    trackers_one: '{{count}} tracker',
    trackers_other: '{{count}} trackers',
    detail: '{{main}} — {{detail}}',
    identify_one: '{{count}} identifies you',
    identify_other: '{{count}} identify you',
    probably_one: '{{count}} probably identifies you',
    probably_other: '{{count}} probably identify you',
    noTracker: 'no tracker found',
    possible_one: '{{count}} possible tracker',
    possible_other: '{{count}} possible trackers',
    otherRemote_one: '{{count}} other remote item',
    otherRemote_other: '{{count}} other remote items',
    trackedLinks_one: '{{count}} tracked link',
    trackedLinks_other: '{{count}} tracked links',
    identifyIfClicked_one: '{{count}} identifies you if clicked',
    identifyIfClicked_other: '{{count}} identify you if clicked',
    linksIdentify_one: '{{count}} link identifies you if clicked',
    linksIdentify_other: '{{count}} links identify you if clicked',
    readReceipt: 'asks for a read receipt',
    blocked_one: '{{count}} tracker blocked until you allow pictures',
    blocked_other: '{{count}} trackers blocked until you allow pictures',
    prefetched_one: '{{count}} tracker fetched by Apple at delivery, not when you read',
    prefetched_other: '{{count}} trackers fetched by Apple at delivery, not when you read',
  },
  answer: {
    told: {
      you: 'Opening this mail tells {{who}} that you read it, and that it was you: the address fetched is unique to you.',
      probably:
        'Opening this mail tells {{who}} that it was read, probably by you: the address fetched carries a code that looks unique to you.',
      someone: 'Opening this mail tells {{who}} that it was read.',
    },
    learned: 'They learn {{what}}.',
    prefetched:
      'Apple Mail fetches this mail’s pictures soon after it arrives, whether you read it or not: {{who}} learns that it reached you, but not whether or when you read it, nor your IP address or device.',
    blocked:
      'Opening this mail in {{mode}} tells no one as long as you do not allow pictures. If you allow them, {{who}} learns that you read it.',
    blockedRemote:
      'Opening this mail in {{mode}} fetches nothing as long as you do not allow pictures; no tracker was found.',
    remote_one:
      'No tracker was found, but opening this mail fetches {{count}} item from another server, which sees your IP address and the time.',
    remote_other:
      'No tracker was found, but opening this mail fetches {{count}} items from other servers, which see your IP address and the time.',
    clean: 'Opening this mail tells no one: it loads nothing from the network.',
    links_one: '{{count}} link is tracked: clicking it tells the sender that you clicked.',
    links_other: '{{count}} links are tracked: clicking one tells the sender that you clicked.',
  },
  learnedShort: {
    'ip-address': 'your IP address, and so roughly where you are and your internet provider',
    'user-agent': 'your mail program and device',
    'open-time': 'when you open it, every time',
    'proxied-open': 'when you first opened it (the image proxy hides your IP address and device)',
    prefetched: 'that it reached your inbox',
    printed: 'that you printed it',
    forwarded: 'that you forwarded it',
    'dark-mode': 'that your device uses dark mode',
    outlook: 'that you use Outlook for Windows',
    hover: 'that you moved the pointer over it',
    click: 'that you clicked',
    'dns-resolver': 'perhaps that it was shown, through a DNS look-up',
  },
  who: {
    senderDomain: 'the sender’s own domain ({{domain}})',
    company: '{{company}}',
    host: 'the server {{host}}',
    others_one: '{{count}} other',
    others_other: '{{count}} others',
  },
  fact: {
    'ip-address':
      'your IP address, and from it roughly where you were (city), your internet provider or organisation, and whether you were at home, at work or on mobile data',
    'user-agent': 'your mail program, operating system and kind of device (sent in the User-Agent header)',
    'open-time': 'the exact time you opened the mail, and every time you open it again',
    identity: 'that it was you who opened it, because the address is unique to you',
    printed: 'that you printed the mail (this image only loads for printing)',
    forwarded: 'that you replied to or forwarded the mail, and the IP address of whoever reads the forward',
    'dark-mode': 'that your device shows mail in dark mode',
    outlook: 'that you read the mail in Outlook for Windows (only Outlook renders conditional comments)',
    hover: 'that you moved the pointer over that part of the mail',
    click: 'that you clicked, when, and from which IP address and browser',
    'proxied-open':
      'that the mail was opened, and when it was first opened; your mail provider’s image proxy fetches the picture for you, so the sender sees the proxy’s address and user agent, not yours, and later openings may be served from its cache',
    prefetched:
      'only that the mail reached your inbox: Apple fetches remote content through its relays soon after delivery, whether or not you read the mail, so the sender sees an Apple relay address and a time near delivery, not your IP address, your device or when you read it',
    'dns-resolver':
      'only if your mail program resolves this host name in advance (most do not; Thunderbird turns it off): then the operator of the domain’s name servers sees a look-up from your DNS resolver (usually your provider’s), not from your own address, and learns that the mail was displayed only when the host name was made for this mail or for you',
  },
  identity: {
    open: {
      address: 'that it was you who opened it: your own address is in the URL',
      'recipient-id': 'that it was you who opened it: the URL carries the id the service gave you as a recipient',
      'probable-token': 'probably that it was you: the URL carries a code that looks unique to each recipient',
    },
    click: 'that it was you who clicked: the link carries something unique to you',
    prefetched: {
      address: 'that the mail reached you: your own address is in the URL',
      'recipient-id': 'that the mail reached you: the URL carries the id the service gave you as a recipient',
      'probable-token':
        'probably that the mail reached you: the URL carries a code that looks unique to each recipient',
    },
  },
  mode: {
    direct: {
      short: 'a mail app with pictures on',
      label:
        'a mail app with pictures on (Thunderbird or Outlook with pictures allowed, Apple Mail with Privacy Protection off)',
      says: 'Your own device fetches the image: the sender sees your IP address, your mail program and every opening.',
    },
    gmail: {
      short: 'Gmail',
      label: 'Gmail (web or app)',
      says: 'Google’s image proxy fetches the image: the sender sees a Google address and the user agent "GoogleImageProxy", and learns when you first opened the mail (later openings are served from the cache).',
    },
    'apple-mpp': {
      short: 'Apple Mail with Mail Privacy Protection',
      label: 'Apple Mail with Mail Privacy Protection',
      says: 'Apple fetches remote content in the background through relays soon after delivery: the sender sees an Apple relay address and a time near delivery, not your reading — unless you open the mail before the prefetch.',
    },
    'outlook-default': {
      short: 'Outlook',
      label: 'Outlook for Windows with its default settings',
      says: 'Outlook blocks pictures until you click "Download pictures" (except for Safe Senders); from then on it is a direct fetch from your device.',
    },
    'thunderbird-default': {
      short: 'Thunderbird',
      label: 'Thunderbird with its default settings',
      says: 'Thunderbird blocks remote content until you allow it for this message, sender or site.',
    },
  },
  learnedNone: {
    blocked: 'Nothing, as long as pictures stay blocked.',
    notFetched: 'Nothing: this way of reading does not fetch it.',
  },
};
