// The human-readable output of `maillens scan`: one line per message with its verdict, then a summary.

import type { FileReport, MessageReport } from '../../shared/model/report';

/** Keeps the end of a path (the file name), which tells files apart. */
function clipStart(text: string, width: number): string {
  return text.length > width ? `…${text.slice(text.length - width + 1)}` : text.padEnd(width);
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function platformOf(message: MessageReport): string {
  return message.platform[0]?.platform ?? '';
}

function trackerNames(message: MessageReport): string {
  const names = new Set(
    message.references
      .filter((finding) => finding.trigger === 'open' && finding.tracker)
      .map((finding) => finding.tracker!.name),
  );
  return names.size ? ` [${[...names].join(', ')}]` : '';
}

export function formatTable(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  lines.push(`${'FILE'.padEnd(36)} ${'#'.padStart(3)}  ${'SUBJECT'.padEnd(32)} ${'PLATFORM'.padEnd(16)} VERDICT`);
  for (const report of reports) {
    const file = clipStart(report.file, 36);
    if (report.messages.length === 0) lines.push(`${file} ERROR: ${report.error ?? 'no message found'}`);
    for (const message of report.messages) {
      if (message.error) {
        lines.push(`${file} ${String(message.index).padStart(3)}  ERROR: ${message.error}`);
        continue;
      }
      lines.push(
        `${file} ${String(message.index).padStart(3)}  ${clip(message.subject || '(no subject)', 32)} ` +
          `${clip(platformOf(message), 16)} ${message.verdict?.summary ?? ''}${trackerNames(message)}`,
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
  const tracked = messages.filter((message) => (message.verdict?.trackers ?? 0) > 0).length;
  return (
    `${count(reports.length, 'file')}, ${count(messages.length, 'message')} (${tracked} with trackers), ` +
    `${count(references.length, 'remote reference')} (${openCount} fetched on open)` +
    (failed ? `; ${count(failed, 'file')} could not be read completely` : '')
  );
}
