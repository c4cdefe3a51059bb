// Reads one message of an mbox again by seeking to its span (see MboxSpan in mbox-splitter.ts), so
// message N of a large mbox opens without splitting the file from the start. Returns the same bytes the
// splitter handed out for it: CR-only line ends become LF and `>From ` quoting is undone when the span
// says so.

import { open } from 'node:fs/promises';

import { checkSize, InputError, LIMITS } from './limits';
import { unquoteFromLine, type MboxSpan } from './mbox-splitter';

export async function readMboxMessageAt(path: string, span: MboxSpan): Promise<Buffer> {
  if (!Number.isSafeInteger(span.offset) || !Number.isSafeInteger(span.length) || span.offset < 0 || span.length < 0) {
    throw new InputError(`not a message span: offset ${span.offset}, length ${span.length}`);
  }
  checkSize(span.length, LIMITS.maxMessageBytes, 'The message');
  const raw = await readRange(path, span.offset, span.length);
  if (span.crOnly) crToLf(raw);
  return span.unmunge ? unquoteLines(raw) : raw;
}

async function readRange(path: string, offset: number, length: number): Promise<Buffer> {
  const changed = (): InputError =>
    new InputError(`the mbox changed since it was read: ${path} now ends before byte ${offset + length}`);
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).size < offset + length) throw changed();
    const bytes = Buffer.alloc(length);
    for (let filled = 0; filled < length;) {
      const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled);
      if (bytesRead === 0) throw changed(); // truncated while reading
      filled += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

function crToLf(bytes: Buffer): void {
  for (let at = bytes.indexOf(0x0d); at >= 0; at = bytes.indexOf(0x0d, at + 1)) bytes[at] = 0x0a;
}

/** Undoes mboxrd quoting line by line, by the splitter's own rule. */
function unquoteLines(bytes: Buffer): Buffer {
  if (!bytes.includes('>From ')) return bytes;
  const lines: Buffer[] = [];
  let start = 0;
  for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, start)) {
    lines.push(unquoteFromLine(bytes.subarray(start, newline + 1)));
    start = newline + 1;
  }
  if (start < bytes.length) lines.push(unquoteFromLine(bytes.subarray(start)));
  return Buffer.concat(lines);
}
