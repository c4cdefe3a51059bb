// One entry point for the bytes of a single message, whatever its format.

import type { MailFormat, MailMessage } from '../../shared/model/mail';
import { readEml } from './eml-reader';
import { checkSize, LIMITS } from './limits';
import { hasOleSignature, readMsg } from './msg-reader';

export type MessageFormat = Exclude<MailFormat, 'mbox'>;

export async function readMessage(bytes: Buffer, format: MessageFormat): Promise<MailMessage> {
  checkSize(bytes.length, LIMITS.maxMessageBytes, 'the message');
  return format === 'msg' ? readMsg(bytes) : readEml(bytes);
}

/** A first line such as `Received: from ...` or `From: ...`: an RFC 5322 header. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * The format of a file from its first bytes; the extension only breaks ties. Some tools save plain
 * RFC 5322 mail as `.msg` (MimeKit's test data does), so a `.msg` that starts with a header is read as
 * .eml; a `.msg` that is neither is reported as not an Outlook file by the .msg reader.
 */
export function detectFormat(head: Buffer, fileName: string): MailFormat {
  if (hasOleSignature(head)) return 'msg';
  const start = head.toString('latin1', head[0] === 0xef ? 3 : 0, 64);
  if (/^From /.test(start)) return 'mbox';
  if (/\.(mbox|mbx)$/i.test(fileName)) return 'mbox';
  if (/\.(msg|oft)$/i.test(fileName) && !HEADER_LINE.test(start)) return 'msg';
  return 'eml';
}
