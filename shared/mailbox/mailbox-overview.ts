// The mailbox at a glance, from its summaries: per sender (organisation / domain) how many messages,
// how many tracked and how many identify the reader, which companies and which countries outside the
// EEA; the top tracking companies; tracked share by month. Counted one summary at a time (OverviewTally),
// so a caller that streams (the CLI's --by-sender) keeps only these tallies. What the overview screen,
// the CLI's --by-sender and the overview export show.

import type { MailboxOverview, MessageSummary, SenderOverviewRow } from '../model/mailbox';

interface SenderTally {
  messages: number;
  tracked: number;
  identifiesYou: number;
  readonly names: Map<string, number>;
  readonly companies: Set<string>;
  readonly countries: Set<string>;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function mostUsed(names: ReadonlyMap<string, number>): string {
  let best = '';
  let count = 0;
  for (const [name, uses] of names) {
    if (uses > count || (uses === count && compareText(name, best) < 0)) [best, count] = [name, uses];
  }
  return best;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export class OverviewTally {
  private messages = 0;
  private tracked = 0;
  private identifiesYou = 0;
  private errors = 0;
  private readonly senders = new Map<string, SenderTally>();
  private readonly companies = new Map<string, number>();
  private readonly months = new Map<string, { messages: number; tracked: number }>();

  add(summary: MessageSummary): void {
    if (summary.level === 'error') {
      this.errors += 1;
      return;
    }
    const isTracked = summary.trackers > 0;
    this.messages += 1;
    if (isTracked) this.tracked += 1;
    if (summary.identifiesYou > 0) this.identifiesYou += 1;
    for (const company of summary.companies) bump(this.companies, company);
    this.addSender(summary, isTracked);
    if (summary.date !== null) {
      const month = summary.date.slice(0, 7);
      const count = this.months.get(month) ?? { messages: 0, tracked: 0 };
      count.messages += 1;
      if (isTracked) count.tracked += 1;
      this.months.set(month, count);
    }
  }

  private addSender(summary: MessageSummary, isTracked: boolean): void {
    let tally = this.senders.get(summary.senderDomain);
    if (!tally) {
      tally = {
        messages: 0,
        tracked: 0,
        identifiesYou: 0,
        names: new Map(),
        companies: new Set(),
        countries: new Set(),
      };
      this.senders.set(summary.senderDomain, tally);
    }
    tally.messages += 1;
    if (isTracked) tally.tracked += 1;
    if (summary.identifiesYou > 0) tally.identifiesYou += 1;
    if (summary.fromName) bump(tally.names, summary.fromName);
    for (const company of summary.companies) tally.companies.add(company);
    for (const country of summary.countriesOutsideEea) tally.countries.add(country);
  }

  overview(): MailboxOverview {
    return {
      messages: this.messages,
      tracked: this.tracked,
      identifiesYou: this.identifiesYou,
      errors: this.errors,
      senders: this.senderRows(),
      companies: [...this.companies]
        .map(([company, messages]) => ({ company, messages }))
        .sort((a, b) => b.messages - a.messages || compareText(a.company, b.company)),
      months: [...this.months]
        .map(([month, count]) => ({ month, ...count }))
        .sort((a, b) => compareText(a.month, b.month)),
    };
  }

  private senderRows(): SenderOverviewRow[] {
    return [...this.senders]
      .map(([domain, tally]) => ({
        domain,
        organisation: mostUsed(tally.names),
        messages: tally.messages,
        tracked: tally.tracked,
        identifiesYou: tally.identifiesYou,
        companies: [...tally.companies].sort(compareText),
        countriesOutsideEea: [...tally.countries].sort(compareText),
      }))
      .sort((a, b) => b.messages - a.messages || compareText(a.domain, b.domain));
  }
}

export function mailboxOverview(summaries: readonly MessageSummary[]): MailboxOverview {
  const tally = new OverviewTally();
  for (const summary of summaries) tally.add(summary);
  return tally.overview();
}
