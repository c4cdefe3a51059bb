// The window's texts not yet moved to the i18next catalogues (../i18n), in one object, so that another language is one more file of the same
// shape (`Strings`). Texts that explain what a fetch reveals and how mail programs behave come with
// their sources from shared/knowledge/ and are shown as they are.

import type { Certainty, Identification, IdentifyingToken, TrackerInfo } from '../../../shared/model/finding';
import type { Condition, Trigger } from '../../../shared/model/reference';
import { currentLocale } from '../i18n';

export const en = {
  /** The locale for Intl formats, following the window's language. */
  get locale(): string {
    return currentLocale();
  },
  appName: 'MailLens',

  result: {
    label: 'Mail report',
    from: 'From',
    to: 'To',
    cc: 'Cc',
    date: 'Date',
    subject: 'Subject',
    noSubject: '(no subject)',
    platform: 'Sent with',
    platformUnknown: 'not recognised',
    verdictLabel: 'Verdict',
    messageError: (error: string) => `This message could not be read: ${error}`,
    openAnother: 'Open another mail…',
    close: 'Close',
    backToMailbox: (name: string) => `Back to ${name}`,
    backHint: 'Back to the mailbox overview (Alt+Left)',
  },

  preview: {
    label: 'Preview of the mail (nothing in it can load or run)',
    title: 'Mail preview',
    loading: 'Preparing the preview…',
    unavailable: 'There is no preview for this message.',
    failed: (error: string) => `The preview could not be made: ${error}`,
    part: (part: string) => `Showing: ${part}`,
    markers: 'Markers',
    legend: 'What the marker colours and shapes mean',
    marker: (number: number, title: string, certainty: string) => `Finding ${number}: ${title}, ${certainty}`,
  },

  /** For groups and the legend, which mix pictures, style sheets and links. */
  certainty: {
    named: 'Known tracker',
    likely: 'Likely tracker',
    possible: 'Possible tracker',
    'remote-content': 'Other remote content',
  } satisfies Record<Certainty, string>,

  /** For one finding, by what it is: a picture, a link (or another action), or something else. */
  certaintyOf: {
    image: {
      named: 'Known tracker',
      likely: 'Likely tracking pixel',
      possible: 'Possible tracking pixel',
      'remote-content': 'Other remote picture',
    },
    link: {
      named: 'Link through a known tracker',
      likely: 'Likely tracked link',
      possible: 'Possibly tracked link',
      'remote-content': 'Link',
    },
    other: {
      named: 'Known tracker',
      likely: 'Likely tracker',
      possible: 'Possible tracker',
      'remote-content': 'Other remote content',
    },
  } satisfies Record<'image' | 'link' | 'other', Record<Certainty, string>>,

  trigger: {
    open: 'Loads when you open the mail',
    action: 'Loads only if you act (click, print, forward, hover)',
    dns: 'Only a DNS look-up of the host name',
  } satisfies Record<Trigger, string>,

  identifies: {
    address: 'Identifies you: your address is in the URL',
    'recipient-id': 'Identifies you: the URL carries your recipient id',
    'probable-token': 'Probably identifies you',
  } satisfies Record<Exclude<Identification, null>, string>,

  /** The same for what loads only on an action: it says who you are only if you act. */
  identifiesIfClicked: {
    address: 'Identifies you if you click: your address is in the URL',
    'recipient-id': 'Identifies you if you click: the URL carries your recipient id',
    'probable-token': 'Probably identifies you if you click',
  } satisfies Record<Exclude<Identification, null>, string>,

  findings: {
    label: 'Findings',
    empty: 'This mail loads nothing from the network.',
    group: (trigger: string, certainty: string, count: number) => `${trigger} · ${certainty} (${count})`,
    number: (number: number) => `${number}`,
    itemLabel: (number: number, title: string, certainty: string) => `${number}. ${title} — ${certainty}`,
    servedBy: (host: string, name: string) => `${host}, served by ${name}`,
    unknownHost: 'an address that could not be read',
    company: (company: string, country: string, eea: boolean | null) =>
      eea === null
        ? `${company}; its country, and so whether it is inside the EEA, is not known`
        : `${company}, ${country} (${eea ? 'inside the EEA' : 'outside the EEA'})`,
    signals: 'Why',
    against: (says: string) => `Against tracking: ${says}`,
    learned: 'What it would have learned',
    source: (source: string) => `Source: ${source}`,
    readingMode: 'If you read this in:',
    readingModeNote: (label: string) => `In ${label}:`,
    noMarker: 'Not shown in the preview (in a style sheet, a header or a hidden part).',
    details: (number: number) => `Finding ${number} in detail`,
    noneSelected: 'Select a finding to see its details.',
    url: 'Address (URL)',
    copyUrl: 'Copy address',
    location: 'Where',
    locationText: (part: string, element: string, attribute?: string, within?: readonly string[]) =>
      `${part}: <${element}>${attribute ? ` ${attribute}` : ''}${within?.length ? `; inside ${within.join(' > ')}` : ''}`,
    size: 'Declared size',
    sizeText: (width: number | undefined, height: number | undefined) => `${width ?? '?'} × ${height ?? '?'} px`,
    hidden: 'Hidden by',
    hiddenText: (reasons: readonly string[]) => reasons.join('; '),
    condition: 'Only when',
    conditions: {
      print: 'the mail is printed',
      forward: 'the mail is replied to or forwarded',
      'dark-mode': 'the device shows mail in dark mode',
      'outlook-only': 'the mail is read in Outlook for Windows',
      hover: 'the pointer moves over it',
    } satisfies Record<Condition, string>,
    resolvedFrom: 'Written as',
    imageProxy: 'Through an image proxy',
    imageProxyText: (name: string) =>
      `The mail was saved from webmail: ${name} fetches this original picture for the reader:`,
    recognised: 'Recognised by',
    matchedBy: {
      'tracking-host': 'its tracking host',
      'path-pattern': 'a path pattern',
      'content-host': 'one of its content hosts',
    } satisfies Record<TrackerInfo['matchedBy'], string>,
    recognisedText: (how: string, evidence: string) => `${how}: ${evidence}`,
    leaks: 'Your address in the URL',
    leakText: (address: string, encoding: string, where: string) => `${address}, ${encoding}, in ${where}`,
    tokens: 'Codes that tie the fetch to you',
    tokenReason: {
      address: 'your address',
      'recipient-parameter': 'the service’s recipient id',
      opaque: 'a code that looks unique to you',
    } satisfies Record<IdentifyingToken['reason'], string>,
    tokenText: (where: string, value: string, reason: string) => `${where} = ${value} (${reason})`,
  },

  /** Still used by MailHeader.tsx (the sending platform); the Headers tab reads ui:headers.*. */
  headers: {
    platformText: (platform: string, company: string) => `${platform} (${company})`,
  },

  format: {
    bytes: (count: string) => `${count} bytes`,
    kilobytes: (count: string) => `${count} KB`,
    megabytes: (count: string) => `${count} MB`,
    seconds: (count: number) => `${count} s`,
    minutes: (count: number) => `${count} min`,
    hours: (hours: number, minutes: number) => `${hours} h ${minutes} min`,
    address: (name: string, address: string) => (name ? `${name} <${address}>` : address),
    list: (items: readonly string[]) => items.join(', '),
  },
};

export type Strings = typeof en;
