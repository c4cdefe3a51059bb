// The message table's sorting, filtering and search over a mailbox's summaries: pure, so main answers a
// page of rows for any query without the renderer ever holding the whole mailbox.

import type { MailboxQuery, MessageSummary } from '../model/mailbox';

/** Most serious first, when sorting by verdict descending. */
const LEVEL_RANK: Readonly<Record<MessageSummary['level'], number>> = {
  identifies: 4,
  tracks: 3,
  remote: 2,
  clean: 1,
  error: 0,
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function senderKey(summary: MessageSummary): string {
  return (summary.fromName || summary.fromAddress).toLowerCase();
}

function compareBy(query: MailboxQuery): (a: MessageSummary, b: MessageSummary) => number {
  const order = query.descending ? -1 : 1;
  const primary = (a: MessageSummary, b: MessageSummary): number => {
    switch (query.sort) {
      case 'date':
        // Messages without a date sort last whichever way.
        if (a.date === b.date) return 0;
        if (a.date === null) return -order;
        if (b.date === null) return order;
        return compareText(a.date, b.date);
      case 'sender':
        return compareText(senderKey(a), senderKey(b));
      case 'subject':
        return compareText(a.subject.toLowerCase(), b.subject.toLowerCase());
      case 'verdict':
        return (
          LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.identifiesYou - b.identifiesYou || a.trackers - b.trackers
        );
    }
  };
  // Ties keep reading order, so a sort is stable and pages never shuffle between requests.
  return (a, b) => primary(a, b) * order || a.id - b.id;
}

function matchesText(summary: MessageSummary, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [summary.subject, summary.fromName, summary.fromAddress, summary.source, ...summary.companies]
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Whether a summary passes the query's filters and search. */
export function matchesQuery(summary: MessageSummary, query: MailboxQuery): boolean {
  if (query.trackedOnly && summary.trackers === 0) return false;
  if (query.identifiesOnly && summary.identifiesYou === 0) return false;
  if (query.company !== null && !summary.companies.includes(query.company)) return false;
  if (query.senderDomain !== null && summary.senderDomain !== query.senderDomain) return false;
  return matchesText(summary, searchWords(query.text));
}

export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The summaries matching `query`, in its order. */
export function queryMailbox(summaries: readonly MessageSummary[], query: MailboxQuery): MessageSummary[] {
  return summaries.filter((summary) => matchesQuery(summary, query)).sort(compareBy(query));
}
