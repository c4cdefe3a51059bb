// A stand-in for the preload's window.maillens, and a small opened mail to show with it.

import { vi } from 'vitest';

import type {
  CompareOutcome,
  ExportOutcome,
  MailLensApi,
  MessageSource,
  OpenedMail,
  OpenOutcome,
  Progress,
} from '../../shared/ipc/contract';
import type { MailboxOverview, MailboxProgress, MailboxQuery } from '../../shared/model/mailbox';
import type { Finding } from '../../shared/model/finding';
import type { MessageReport } from '../../shared/model/report';
import { useReportStatus } from '../../renderer/src/result/report-actions';
import { forgetMessageSources } from '../../renderer/src/result/source-data';
import { initialState, useMailLens } from '../../renderer/src/store';

type Listener<T> = (value: T) => void;

const EMPTY_OVERVIEW: MailboxOverview = {
  messages: 0,
  tracked: 0,
  identifiesYou: 0,
  errors: 0,
  senders: [],
  companies: [],
  months: [],
};

export interface FakeMailLens {
  readonly api: { [K in keyof MailLensApi<File>]: ReturnType<typeof vi.fn> & MailLensApi<File>[K] };
  emitOpened(outcome: OpenOutcome): void;
  emitProgress(progress: Progress): void;
  emitMailboxProgress(progress: MailboxProgress): void;
  emitShowHelp(): void;
  emitCompareRequested(): void;
  emitExportReportRequested(): void;
  emitPrintReportRequested(): void;
}

export function installFakeMailLens(outcome: OpenOutcome = { kind: 'canceled' }): FakeMailLens {
  const opened: Listener<OpenOutcome>[] = [];
  const progress: Listener<Progress>[] = [];
  const mailboxProgress: Listener<MailboxProgress>[] = [];
  const help: Listener<void>[] = [];
  const compare: Listener<void>[] = [];
  const exportReport: Listener<void>[] = [];
  const printReport: Listener<void>[] = [];
  const subscribe =
    <T>(list: Listener<T>[]) =>
    (listener: Listener<T>) => {
      list.push(listener);
      return () => list.splice(list.indexOf(listener), 1);
    };
  const api = {
    chooseAndOpen: vi.fn(async () => outcome),
    chooseFolder: vi.fn(async () => outcome),
    openDroppedFile: vi.fn(async () => outcome),
    openRecent: vi.fn(async () => outcome),
    previewMessage: vi.fn(async () => ({ error: 'no preview in this test' })),
    cancel: vi.fn(async () => null),
    copyText: vi.fn(async () => null),
    compareWithCopy: vi.fn(async (): Promise<CompareOutcome> => ({ kind: 'canceled' })),
    messageSource: vi.fn(async (): Promise<MessageSource> => ({ error: 'no source in this test' })),
    exportReport: vi.fn(async (): Promise<ExportOutcome> => ({ kind: 'canceled' })),
    printReport: vi.fn(async (): Promise<ExportOutcome> => ({ kind: 'canceled' })),
    saveText: vi.fn(async (): Promise<ExportOutcome> => ({ kind: 'canceled' })),
    mailboxRows: vi.fn(async (_mailbox: number, _query: MailboxQuery, start: number) => ({
      total: 0,
      start,
      rows: [],
    })),
    mailboxOverview: vi.fn(async () => EMPTY_OVERVIEW),
    openMailboxMessage: vi.fn(async () => outcome),
    exportMailbox: vi.fn(async (): Promise<ExportOutcome> => ({ kind: 'canceled' })),
    recentFiles: vi.fn(async () => [{ index: 0, fileName: 'offer.eml', folder: '/home/reader/mail' }]),
    onOpened: vi.fn(subscribe(opened)),
    onProgress: vi.fn(subscribe(progress)),
    onMailboxProgress: vi.fn(subscribe(mailboxProgress)),
    onShowHelp: vi.fn(subscribe(help)),
    onCompareRequested: vi.fn(subscribe(compare)),
    onExportReportRequested: vi.fn(subscribe(exportReport)),
    onPrintReportRequested: vi.fn(subscribe(printReport)),
    language: vi.fn(async () => 'en' as const),
    onLanguageChanged: vi.fn(() => () => undefined),
  };
  Object.defineProperty(window, 'maillens', { value: api, configurable: true });
  useMailLens.setState(initialState);
  useReportStatus.setState({ report: null });
  forgetMessageSources();
  return {
    api: api as unknown as FakeMailLens['api'],
    emitOpened: (value) => opened.forEach((listener) => listener(value)),
    emitProgress: (value) => progress.forEach((listener) => listener(value)),
    emitMailboxProgress: (value) => mailboxProgress.forEach((listener) => listener(value)),
    emitShowHelp: () => help.forEach((listener) => listener()),
    emitCompareRequested: () => compare.forEach((listener) => listener()),
    emitExportReportRequested: () => exportReport.forEach((listener) => listener()),
    emitPrintReportRequested: () => printReport.forEach((listener) => listener()),
  };
}

const MAILCHIMP = {
  id: 'mailchimp',
  name: 'Mailchimp',
  company: 'Intuit Inc.',
  country: 'US',
  eea: false,
  kind: 'both',
  matchedBy: 'tracking-host',
  evidence: 'list-manage.com',
  source: 'https://mailchimp.com/help/about-open-tracking/',
} as const;

const base = { location: { part: 'text/html', element: 'img', attribute: 'src' }, operator: null, tokens: [] };

export const FINDINGS: readonly Finding[] = [
  {
    ...base,
    url: 'https://cdn.shop.example/logo.png',
    vector: 'img-src',
    trigger: 'open',
    tracker: null,
    certainty: 'remote-content',
    signals: [],
    recipientLeak: [],
    identifies: null,
    learns: ['ip-address', 'user-agent', 'open-time'],
  },
  {
    ...base,
    url: 'https://acme.us5.list-manage.com/track/open.php?u=2b1c&id=9f8e&e=a1b2c3d4e5',
    vector: 'img-src',
    trigger: 'open',
    declaredSize: { width: 1, height: 1 },
    tracker: MAILCHIMP,
    certainty: 'named',
    signals: [
      {
        id: 'known-tracker',
        weight: 'strong',
        says: 'list-manage.com is a tracking host of Mailchimp (Intuit Inc.)',
        text: {
          id: 'signal.trackingHost',
          params: { host: 'list-manage.com', name: 'Mailchimp', company: 'Intuit Inc.' },
        },
      },
    ],
    recipientLeak: [],
    tokens: [{ where: 'query parameter "e"', value: 'a1b2c3d4e5', reason: 'recipient-parameter' }],
    identifies: 'recipient-id',
    learns: ['ip-address', 'user-agent', 'open-time', 'identity'],
  },
  {
    ...base,
    url: 'https://acme.us5.list-manage.com/track/click?u=2b1c',
    vector: 'a-href',
    trigger: 'action',
    location: { part: 'text/html', element: 'a', attribute: 'href' },
    tracker: MAILCHIMP,
    certainty: 'named',
    signals: [
      {
        id: 'known-tracker',
        weight: 'strong',
        says: 'list-manage.com is a tracking host of Mailchimp (Intuit Inc.)',
        text: {
          id: 'signal.trackingHost',
          params: { host: 'list-manage.com', name: 'Mailchimp', company: 'Intuit Inc.' },
        },
      },
    ],
    recipientLeak: [],
    identifies: null,
    learns: ['click', 'ip-address', 'user-agent'],
  },
  {
    ...base,
    url: 'https://pixel.unknown.example/o.gif?c=8f7d6e5c4b3a',
    vector: 'img-src',
    trigger: 'open',
    hidden: ['display:none on ancestor <div>'],
    tracker: null,
    certainty: 'likely',
    signals: [
      {
        id: 'hidden',
        weight: 'strong',
        says: 'the image is hidden (display:none on ancestor <div>)',
        text: { id: 'signal.hidden', params: { reason: 'display:none on ancestor <div>' } },
      },
    ],
    recipientLeak: [],
    identifies: 'probable-token',
    learns: ['ip-address', 'user-agent', 'open-time', 'identity'],
  },
];

export const REPORT: MessageReport = {
  index: 1,
  subject: 'Our autumn sale',
  from: [{ name: 'Shop', address: 'news@shop.example' }],
  to: [{ name: '', address: 'reader@example.org' }],
  cc: [],
  date: '2026-11-22T10:00:00.000Z',
  dateZone: '+01:00',
  bodies: ['text/html', 'text/plain'],
  attachments: [{ filename: 'terms.pdf', contentType: 'application/pdf', size: 20480, sha256: 'ab'.repeat(32) }],
  attachedMessages: 0,
  references: FINDINGS,
  links: [
    {
      url: 'https://acme.us5.list-manage.com/track/click?u=2b1c',
      wrappers: [],
      tracker: MAILCHIMP,
      destination: null,
      destinationNote: "kept on Mailchimp's server: it cannot be known without clicking, and clicking is recorded",
      identifyingParameters: [
        {
          name: 'mc_eid',
          value: '6496a8003f',
          owner: 'Mailchimp',
          personal: true,
          says: 'your Mailchimp subscriber id',
        },
      ],
      recipientLeak: [],
      tokens: [],
    },
  ],
  readReceipt: [],
  listUnsubscribe: null,
  platform: [{ platform: 'Mailchimp', company: 'Intuit Inc.', evidence: ['X-Mailer header'] }],
  authentication: { dkim: [{ domain: 'shop.example', selector: 's1' }], authentication: [], received: [] },
  verdict: {
    trackers: 2,
    identifiesYou: 1,
    probablyIdentifiesYou: 0,
    possibleTrackers: 0,
    otherRemoteContent: 1,
    trackedLinks: 1,
    linksIdentifyYou: 0,
    readReceipt: false,
    level: 'identifies',
    summary: '2 trackers — 1 identifies you; 1 other remote item; 1 tracked link',
    says: [],
  },
  warnings: [],
};

export const MAIL: OpenedMail = {
  fileName: 'offer.eml',
  sha256: 'cd'.repeat(32),
  format: 'eml',
  messages: [REPORT],
  preview: {
    index: 1,
    part: 'text/html',
    referenceOffset: 0,
    html:
      '<!DOCTYPE html><html><head></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-ml-ref="0">' +
      '<img width="1" height="1" data-ml-ref="1"><a data-ml-ref="2">Sale</a><div style="display:none">' +
      '<img data-ml-ref="3"></div></body></html>',
  },
};
