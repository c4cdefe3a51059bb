// The human-readable output of `maillens scan`: one line per message with its verdict, then a summary.
// TableWriter prints each line as soon as its message is read and keeps only the counts the summary
// needs, never the reports.

import type { MessageReport } from '../../shared/model/report';
import { platformOf, trackerNames } from './message-facts';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

/** Keeps the end of a path (the file name), which tells files apart. */
export function clipStart(text: string, width: number): string {
  return text.length > width ? `…${text.slice(text.length - width + 1)}` : text.padEnd(width);
}

export function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

export const TABLE_HEADER = `${'FILE'.padEnd(36)} ${'#'.padStart(3)}  ${'SUBJECT'.padEnd(32)} ${'PLATFORM'.padEnd(16)} VERDICT`;

export function messageLine(path: string, message: MessageReport): string {
  const file = clipStart(path, 36);
  if (message.error) return `${file} ${String(message.index).padStart(3)}  ERROR: ${message.error}`;
  const names = trackerNames(message);
  return (
    `${file} ${String(message.index).padStart(3)}  ${clip(message.subject || '(no subject)', 32)} ` +
    `${clip(platformOf(message), 16)} ${message.verdict?.summary ?? ''}${names.length ? ` [${names.join(', ')}]` : ''}`
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export class ScanTotals {
  files = 0;
  messages = 0;
  tracked = 0;
  references = 0;
  fetchedOnOpen = 0;
  failedFiles = 0;

  addMessage(message: MessageReport): void {
    this.messages += 1;
    this.references += message.references.length;
    for (const reference of message.references) if (reference.trigger === 'open') this.fetchedOnOpen += 1;
    if ((message.verdict?.trackers ?? 0) > 0) this.tracked += 1;
  }

  addFile(file: FileEnd): void {
    this.files += 1;
    if (file.error) this.failedFiles += 1;
  }

  line(): string {
    return (
      `${count(this.files, 'file')}, ${count(this.messages, 'message')} (${this.tracked} with trackers), ` +
      `${count(this.references, 'remote reference')} (${this.fetchedOnOpen} fetched on open)` +
      (this.failedFiles ? `; ${count(this.failedFiles, 'file')} could not be read completely` : '')
    );
  }
}

export class TableWriter implements ScanSink {
  private readonly totals = new ScanTotals();

  constructor(private readonly out: Output) {}

  async start(): Promise<void> {
    await this.out.write(`${TABLE_HEADER}\n`);
  }

  begin(): void {}

  async message(file: FileStart, message: MessageReport): Promise<void> {
    this.totals.addMessage(message);
    await this.out.write(`${messageLine(file.file, message)}\n`);
  }

  async end(file: FileEnd): Promise<void> {
    this.totals.addFile(file);
    if (file.messages === 0 || !file.complete) {
      await this.out.write(`${clipStart(file.file, 36)} ERROR: ${file.error ?? 'no message found'}\n`);
    }
  }

  async finish(): Promise<void> {
    await this.out.write(`\n${this.totals.line()}\n`);
    await this.out.flush();
  }
}
