// Reads one message of an mbox again by seeking to its span (see MboxSpan in mbox-splitter.ts), so
// message N of a large mbox opens without splitting the file from the start, and so a parsing worker
// can read its own message while the caller only splits. Returns the same bytes the splitter hands
// out for it: CR-only line ends become LF and `>From ` quoting is undone when the span says so.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

import { checkSize, InputError, LIMITS } from './limits';
import { unquoteFromLine, type MboxSpan } from './mbox-splitter';

function checkSpan(span: MboxSpan): void {
  if (!Number.isSafeInteger(span.offset) || !Number.isSafeInteger(span.length) || span.offset < 0 || span.length < 0) {
    throw new InputError(`not a message span: offset ${span.offset}, length ${span.length}`);
  }
  checkSize(span.length, LIMITS.maxMessageBytes, 'The message');
}

const changed = (path: string, span: MboxSpan): InputError =>
  new InputError(`the mbox changed since it was read: ${path} now ends before byte ${span.offset + span.length}`);

export async function readMboxMessageAt(path: string, span: MboxSpan): Promise<Buffer> {
  checkSpan(span);
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).size < span.offset + span.length) throw changed(path, span);
    const bytes = Buffer.alloc(span.length);
    for (let filled = 0; filled < span.length;) {
      const { bytesRead } = await handle.read(bytes, filled, span.length - filled, span.offset + filled);
      if (bytesRead === 0) throw changed(path, span); // truncated while reading
      filled += bytesRead;
    }
    return messageOf(bytes, span);
  } finally {
    await handle.close();
  }
}

/**
 * The same, synchronously: for a parsing worker, where blocking its own thread is cheaper than four
 * trips through libuv's thread pool per message.
 */
export function readMboxMessageAtSync(path: string, span: MboxSpan): Buffer {
  checkSpan(span);
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size < span.offset + span.length) throw changed(path, span);
    const bytes = Buffer.alloc(span.length);
    for (let filled = 0; filled < span.length;) {
      const bytesRead = readSync(fd, bytes, filled, span.length - filled, span.offset + filled);
      if (bytesRead === 0) throw changed(path, span);
      filled += bytesRead;
    }
    return messageOf(bytes, span);
  } finally {
    closeSync(fd);
  }
}

function messageOf(raw: Buffer, span: MboxSpan): Buffer {
  if (span.crOnly) crToLf(raw);
  return span.unmunge ? unquoteLines(raw) : raw;
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
