// `maillens scan --by-sender`: an overview per sender domain (the domain of the first From address):
// how many messages, the share with trackers, the tracking companies, how many identify you on
// opening, and the countries outside the EEA where those companies sit. Only these tallies are kept,
// per domain, never the reports. Printed as a table, or with --json / --csv in that format.

import type { MessageReport } from '../../shared/model/report';
import { csvRow } from './csv-writer';
import { clip } from './format-table';
import { fromDomain } from './message-facts';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

interface Tally {
  messages: number;
  tracked: number;
  identifiesYou: number;
  readonly companies: Set<string>;
  readonly countriesOutsideEea: Set<string>;
}

export interface SenderRow {
  readonly domain: string;
  readonly messages: number;
  /** Messages with at least one tracker fetched on opening. */
  readonly tracked: number;
  readonly trackedShare: number;
  /** Messages in which something fetched on opening identifies you (your address or a recipient id). */
  readonly identifiesYou: number;
  readonly companies: readonly string[];
  readonly countriesOutsideEea: readonly string[];
}

export interface Unreadable {
  readonly file: string;
  readonly index?: number;
  readonly error: string;
}

export type SenderFormat = 'table' | 'json' | 'csv';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class SenderOverview implements ScanSink {
  private readonly tallies = new Map<string, Tally>();
  readonly unreadable: Unreadable[] = [];
  private files = 0;

  begin(): void {}

  message(file: FileStart, message: MessageReport): void {
    if (message.error) {
      this.unreadable.push({ file: file.file, index: message.index, error: message.error });
      return;
    }
    const domain = fromDomain(message);
    let tally = this.tallies.get(domain);
    if (!tally) {
      tally = { messages: 0, tracked: 0, identifiesYou: 0, companies: new Set(), countriesOutsideEea: new Set() };
      this.tallies.set(domain, tally);
    }
    tally.messages += 1;
    if ((message.verdict?.trackers ?? 0) > 0) tally.tracked += 1;
    if ((message.verdict?.identifiesYou ?? 0) > 0) tally.identifiesYou += 1;
    for (const finding of message.references) {
      if (finding.trigger !== 'open' || !finding.tracker) continue;
      tally.companies.add(finding.tracker.company);
      if (finding.tracker.eea === false) tally.countriesOutsideEea.add(finding.tracker.country);
    }
  }

  end(file: FileEnd): void {
    this.files += 1;
    if (file.messages === 0 || !file.complete) {
      this.unreadable.push({ file: file.file, error: file.error ?? 'no message found' });
    }
  }

  /** Most messages first, then by domain. */
  rows(): SenderRow[] {
    return [...this.tallies]
      .map(([domain, tally]) => ({
        domain,
        messages: tally.messages,
        tracked: tally.tracked,
        trackedShare: tally.messages ? tally.tracked / tally.messages : 0,
        identifiesYou: tally.identifiesYou,
        companies: [...tally.companies].sort(byName),
        countriesOutsideEea: [...tally.countriesOutsideEea].sort(byName),
      }))
      .sort((a, b) => b.messages - a.messages || byName(a.domain, b.domain));
  }

  async print(out: Output, format: SenderFormat): Promise<void> {
    const rows = this.rows();
    if (format === 'json') {
      const document = { files: this.files, senders: rows, unreadable: this.unreadable };
      await out.write(`${JSON.stringify(document, null, 2)}\n`);
    } else if (format === 'csv') {
      await out.write(
        csvRow(['domain', 'messages', 'tracked', 'trackedShare', 'identifiesYou', 'companies', 'countriesOutsideEea']),
      );
      for (const row of rows) {
        await out.write(
          csvRow([
            row.domain,
            row.messages,
            row.tracked,
            row.trackedShare.toFixed(3),
            row.identifiesYou,
            row.companies.join('; '),
            row.countriesOutsideEea.join('; '),
          ]),
        );
      }
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
