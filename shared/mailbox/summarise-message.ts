// A message's report reduced to the few facts a mailbox keeps of it (shared/model/mailbox.ts).

import { getDomain } from 'tldts';

import type { MessageSummary } from '../model/mailbox';
import type { MessageReport } from '../model/report';

const MAX_SUBJECT = 300;

/** Registrable domain of an address (`a@news.example.co.uk` -> `example.co.uk`); its host when there is none. */
export function senderDomainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  const host = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The summary of one message; `id` is its place in the mailbox, `source` the file it is in. */
export function summariseForMailbox(report: MessageReport, id: number, source: string): MessageSummary {
  const from = report.from[0];
  const fromAddress = from?.address ?? '';
  const base = {
    id,
    source,
    index: report.index,
    date: report.date,
    fromName: from?.name ?? '',
    fromAddress,
    senderDomain: senderDomainOf(fromAddress),
    subject: report.subject.length > MAX_SUBJECT ? `${report.subject.slice(0, MAX_SUBJECT)}…` : report.subject,
  };
  if (report.error !== undefined) {
    return {
      ...base,
      level: 'error',
      trackers: 0,
      identifiesYou: 0,
      companies: [],
      countriesOutsideEea: [],
      error: report.error,
    };
  }
  const warning = report.warnings[0];
  const opened = report.references.filter((finding) => finding.trigger === 'open' && finding.tracker);
  return {
    ...base,
    level: report.verdict?.level ?? 'clean',
    trackers: report.verdict?.trackers ?? 0,
    identifiesYou: report.verdict?.identifiesYou ?? 0,
    companies: uniqueSorted(opened.map((finding) => finding.tracker!.company)),
    countriesOutsideEea: uniqueSorted(
      opened.filter((finding) => finding.tracker!.eea === false).map((finding) => finding.tracker!.country),
    ),
    ...(warning !== undefined ? { warning } : {}),
  };
}

/** The row of a file or message that could not be read at all. */
export function unreadableSummary(id: number, source: string, index: number, error: string): MessageSummary {
  return {
    id,
    source,
    index,
    date: null,
    fromName: '',
    fromAddress: '',
    senderDomain: '',
    subject: '',
    level: 'error',
    trackers: 0,
    identifiesYou: 0,
    companies: [],
    countriesOutsideEea: [],
    error,
  };
}
