// The human-readable output of `maillens scan`: one line per message, then a summary.

import type { FileReport, MessageReport } from '../../shared/model/report';
import type { Trigger } from '../../shared/model/reference';

function countBy(message: MessageReport, trigger: Trigger): number {
  return message.references.filter((reference) => reference.trigger === trigger).length;
}

/** Keeps the end of a path (the file name), which tells files apart. */
function clipStart(text: string, width: number): string {
  return text.length > width ? `…${text.slice(text.length - width + 1)}` : text.padEnd(width);
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

export function formatTable(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  lines.push(
    `${'FILE'.padEnd(40)} ${'#'.padStart(4)}  ${'SUBJECT'.padEnd(40)} ${'OPEN'.padStart(5)} ${'ACTION'.padStart(6)} ${'DNS'.padStart(4)}`,
  );
  for (const report of reports) {
    const file = clipStart(report.file, 40);
    if (report.messages.length === 0) lines.push(`${file} ERROR: ${report.error ?? 'no message found'}`);
    for (const message of report.messages) {
      if (message.error) {
        lines.push(`${file} ${String(message.index).padStart(4)}  ERROR: ${message.error}`);
        continue;
      }
      lines.push(
        `${file} ${String(message.index).padStart(4)}  ${clip(message.subject || '(no subject)', 40)} ` +
          `${String(countBy(message, 'open')).padStart(5)} ${String(countBy(message, 'action')).padStart(6)} ` +
          `${String(countBy(message, 'dns')).padStart(4)}`,
      );
    }
  }
  lines.push('', summaryLine(reports));
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function summaryLine(reports: readonly FileReport[]): string {
  const messages = reports.flatMap((report) => report.messages);
  const references = messages.flatMap((message) => message.references);
  const failed = reports.filter((report) => report.error).length;
  const openCount = references.filter((reference) => reference.trigger === 'open').length;
  return (
    `${count(reports.length, 'file')}, ${count(messages.length, 'message')}, ` +
    `${count(references.length, 'remote reference')} (${openCount} fetched on open)` +
    (failed ? `; ${count(failed, 'file')} could not be read completely` : '')
  );
}
