// `maillens scan --by-sender`: an overview per sender (the registrable domain of the first From address):
// how many messages, the share with trackers, the tracking companies, how many identify you on
// opening, and the countries outside the EEA where those companies sit. Only these tallies are kept,
// per domain, never the reports. Printed as a table, or with --json / --csv in that format.

import { OverviewTally } from '../../shared/mailbox/mailbox-overview';
import { overviewCsv } from '../../shared/mailbox/overview-export';
import { summariseForMailbox } from '../../shared/mailbox/summarise-message';
import type { SenderOverviewRow } from '../../shared/model/mailbox';
import type { MessageReport } from '../../shared/model/report';
import { clip } from './format-table';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

export interface SenderRow extends SenderOverviewRow {
  /** `tracked / messages`. */
  readonly trackedShare: number;
}

export interface Unreadable {
  readonly file: string;
  readonly index?: number;
  readonly error: string;
}

export type SenderFormat = 'table' | 'json' | 'csv';

export class SenderOverview implements ScanSink {
  private readonly tally = new OverviewTally();
  readonly unreadable: Unreadable[] = [];
  private files = 0;
  private count = 0;

  begin(): void {}

  message(file: FileStart, message: MessageReport): void {
    if (message.error) {
      this.unreadable.push({ file: file.file, index: message.index, error: message.error });
      return;
    }
    this.tally.add(summariseForMailbox(message, this.count++, file.file));
  }

  end(file: FileEnd): void {
    this.files += 1;
    if (file.messages === 0 || !file.complete) {
      this.unreadable.push({ file: file.file, error: file.error ?? 'no message found' });
    }
  }

  /** Most messages first, then by domain. */
  rows(): SenderRow[] {
    return this.tally
      .overview()
      .senders.map((row) => ({ ...row, trackedShare: row.messages ? row.tracked / row.messages : 0 }));
  }

  async print(out: Output, format: SenderFormat): Promise<void> {
    const rows = this.rows();
    if (format === 'json') {
      const document = { files: this.files, senders: rows, unreadable: this.unreadable };
      await out.write(`${JSON.stringify(document, null, 2)}\n`);
    } else if (format === 'csv') {
      await out.write(overviewCsv(this.tally.overview()));
    } else {
      await out.write(this.table(rows));
    }
    await out.flush();
  }

  private table(rows: readonly SenderRow[]): string {
    const lines = [
      `${'SENDER DOMAIN'.padEnd(32)} ${'MAILS'.padStart(6)} ${'TRACKED'.padStart(7)} ${'IDENT.'.padStart(6)}  ${'TRACKING COMPANIES'.padEnd(40)} OUTSIDE EEA`,
    ];
    let messages = 0;
    let tracked = 0;
    for (const row of rows) {
      messages += row.messages;
      tracked += row.tracked;
      lines.push(
        `${clip(row.domain || '(no sender)', 32)} ${String(row.messages).padStart(6)} ` +
          `${`${Math.round(row.trackedShare * 100)}%`.padStart(7)} ${String(row.identifiesYou).padStart(6)}  ` +
          `${clip(row.companies.join(', ') || '-', 40)} ${row.countriesOutsideEea.join(', ') || '-'}`,
      );
    }
    for (const item of this.unreadable) {
      lines.push(`ERROR ${item.file}${item.index ? ` message ${item.index}` : ''}: ${item.error}`);
    }
    lines.push(
      '',
      `${this.files} file${this.files === 1 ? '' : 's'}, ${messages} message${messages === 1 ? '' : 's'} ` +
        `from ${rows.length} sender domain${rows.length === 1 ? '' : 's'} (${tracked} with trackers)`,
    );
    return `${lines.join('\n')}\n`;
  }
}
