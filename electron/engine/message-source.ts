// A message's bytes as text for the raw-headers and source views: decoded as UTF-8 (bytes that are not
// become U+FFFD), the header block split off, and cut at a limit so a huge message cannot flood the view.
// Shown as text only, never rendered.

import type { MessageSource } from '../../shared/ipc/contract';
import { formatBytes } from '../readers/limits';
import type { MessageFormat } from '../readers/read-mail';

/** More than anyone reads in a source view; a 30 MB attachment's base64 is not worth sending over IPC. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** The header block: everything before the first empty line. */
function headerBlock(text: string): string {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

export function messageSource(bytes: Buffer, format: MessageFormat): MessageSource {
  if (format === 'msg') {
    return {
      error:
        'an Outlook .msg file is a binary container, not text: its source cannot be shown (the Headers tab lists what it holds)',
    };
  }
  const truncated = bytes.length > MAX_SOURCE_BYTES;
  const text = new TextDecoder('utf-8').decode(truncated ? bytes.subarray(0, MAX_SOURCE_BYTES) : bytes);
  return {
    headers: headerBlock(text),
    text: truncated
      ? `${text}\n\n[… cut here: the message is ${formatBytes(bytes.length)}; the first ${formatBytes(MAX_SOURCE_BYTES)} are shown]`
      : text,
    size: bytes.length,
    truncated,
  };
}
