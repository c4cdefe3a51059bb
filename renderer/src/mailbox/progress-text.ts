// What the progress bar says about main's reading of a mailbox: how far, how fast, how long still.

import type { MailboxProgress } from '../../../shared/model/mailbox';
import { formatDelay, formatSize } from '../format';
import { currentLocale, ui } from '../i18n';

export function formatCount(count: number, digits = 0): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits }).format(count);
}

export function formatShare(part: number, whole: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    whole > 0 ? part / whole : 0,
  );
}

export interface ProgressText {
  /** 0..1, or null while the size to read is not known. */
  readonly fraction: number | null;
  readonly parts: readonly string[];
}

/** Rate and time left come from what has been read so far (bytes, which the size to read is known in). */
export function describeProgress(progress: MailboxProgress): ProgressText {
  const { messages, bytesRead, bytesTotal, elapsedMs } = progress;
  const seconds = elapsedMs / 1000;
  const size = bytesTotal ? `${formatSize(bytesRead)} / ${formatSize(bytesTotal)}` : formatSize(bytesRead);
  const parts = [ui('mailbox.progress', { count: messages, formatted: formatCount(messages), size })];
  if (seconds >= 0.5 && messages > 0) parts.push(ui('mailbox.rate', { perSecond: formatCount(messages / seconds) }));
  const fraction = bytesTotal ? Math.min(1, bytesRead / bytesTotal) : null;
  if (bytesTotal && bytesRead > 0 && seconds >= 1) {
    const left = ((bytesTotal - bytesRead) / bytesRead) * seconds;
    parts.push(ui('mailbox.timeLeft', { time: formatDelay(Math.max(1, left)) }));
  }
  return { fraction, parts };
}

/** One line once reading has ended. */
export function describeEnd(progress: MailboxProgress): string {
  const messages = formatCount(progress.messages);
  switch (progress.state) {
    case 'reading':
      return ui('mailbox.reading');
    case 'done':
      return ui('mailbox.done', { messages, seconds: formatCount(progress.elapsedMs / 1000, 1) });
    case 'canceled':
      return ui('mailbox.canceled', { messages });
    case 'failed':
      return ui('mailbox.failed', { messages, error: progress.error ?? '' });
  }
}
