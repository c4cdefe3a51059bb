// The mailbox overview as a file the reader saves: CSV (one row per sender, the table a spreadsheet
// opens) or JSON (the whole overview and every message's summary).

import type { MailboxInfo, MailboxOverview, MailboxProgress, MessageSummary } from '../model/mailbox';
import { csvRow } from './csv-cells';

export const SENDER_CSV_COLUMNS = [
  'domain',
  'organisation',
  'messages',
  'tracked',
  'trackedShare',
  'identifiesYou',
  'companies',
  'countriesOutsideEea',
] as const;

export function overviewCsv(overview: MailboxOverview): string {
  const rows = overview.senders.map((sender) =>
    csvRow([
      sender.domain,
      sender.organisation,
      sender.messages,
      sender.tracked,
      sender.messages ? (sender.tracked / sender.messages).toFixed(3) : '0.000',
      sender.identifiesYou,
      sender.companies.join('; '),
      sender.countriesOutsideEea.join('; '),
    ]),
  );
  return [csvRow(SENDER_CSV_COLUMNS), ...rows].join('');
}

export function overviewJson(
  info: MailboxInfo,
  progress: MailboxProgress,
  overview: MailboxOverview,
  summaries: readonly MessageSummary[],
): string {
  const messages = [...summaries].sort((a, b) => a.id - b.id);
  const document = {
    mailbox: { name: info.name, kind: info.kind, state: progress.state, files: progress.files },
    ...overview,
    messageList: messages,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
