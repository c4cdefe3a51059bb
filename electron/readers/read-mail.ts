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

/** The format of a file from its first bytes; the extension only breaks ties. */
export function detectFormat(head: Buffer, fileName: string): MailFormat {
  if (hasOleSignature(head)) return 'msg';
  const start = head.toString('latin1', head[0] === 0xef ? 3 : 0, 64);
  if (/^From /.test(start)) return 'mbox';
  if (/\.(mbox|mbx)$/i.test(fileName)) return 'mbox';
  if (/\.(msg|oft)$/i.test(fileName)) return 'msg';
  return 'eml';
}
