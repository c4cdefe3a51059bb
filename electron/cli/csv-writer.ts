// `maillens scan --csv`: one row per message (RFC 4180: comma-separated, CRLF line ends, a cell with a
// comma, quote or line break in double quotes, quotes doubled). A file that cannot be read gets one row
// with its `error`. Cells are made safe to open in a spreadsheet: one that starts with = + - @ (or a tab
// or carriage return) would be read as a formula, so it gets a leading apostrophe.

import { csvRow, type CsvValue } from '../../shared/mailbox/csv-cells';
import type { MessageReport } from '../../shared/model/report';
import { fromAddress, fromDomain, platformOf, trackerNames } from './message-facts';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

export const CSV_COLUMNS = [
  'file',
  'index',
  'date',
  'fromAddress',
  'fromDomain',
  'subject',
  'platform',
  'level',
  'trackers',
  'identifiesYou',
  'probablyIdentifiesYou',
  'possibleTrackers',
  'trackedLinks',
  'readReceipt',
  'trackerNames',
  'error',
] as const;

export { csvCell, csvRow, type CsvValue } from '../../shared/mailbox/csv-cells';

function messageRow(file: string, message: MessageReport): CsvValue[] {
  const verdict = message.verdict;
  return [
    file,
    message.index,
    message.date,
    fromAddress(message),
    fromDomain(message),
    message.subject,
    platformOf(message),
    verdict?.level,
    verdict?.trackers,
    verdict?.identifiesYou,
    verdict?.probablyIdentifiesYou,
    verdict?.possibleTrackers,
    verdict?.trackedLinks,
    verdict?.readReceipt,
    trackerNames(message).join('; '),
    message.error,
  ];
}

export class CsvWriter implements ScanSink {
  constructor(private readonly out: Output) {}

  async start(): Promise<void> {
    await this.out.write(csvRow(CSV_COLUMNS));
  }

  begin(): void {}

  async message(file: FileStart, message: MessageReport): Promise<void> {
    await this.out.write(csvRow(messageRow(file.file, message)));
  }

  async end(file: FileEnd): Promise<void> {
    if (file.complete && file.messages > 0) return;
    const row: CsvValue[] = CSV_COLUMNS.map(() => '');
    row[0] = file.file;
    row[row.length - 1] = file.error ?? 'could not be read';
    await this.out.write(csvRow(row));
  }

  async finish(): Promise<void> {
    await this.out.flush();
  }
}
