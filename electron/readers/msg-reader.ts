// Outlook .msg / .oft (OLE compound file, [MS-OXMSG]) with @kenjiuno/msgreader, including HTML that
// only exists as RTF-encapsulated HTML, attachments and embedded messages (msg-in-msg).

import MsgReaderModule, { type FieldsData } from '@kenjiuno/msgreader';
import { Headers } from '@zone-eu/mailsplit';

import type { MailAddress, MailAttachment, MailBody, MailHeader, MailMessage } from '../../shared/model/mail';
import { sha256Hex } from './hash';
import { InputError, LIMITS } from './limits';
import { bodyFromCompressedRtf } from './rtf-html';

// Under plain Node ESM the class sits at `.default`; bundled, the module is the class.
type MsgReaderClass = typeof MsgReaderModule;
export const MsgReader: MsgReaderClass =
  (MsgReaderModule as unknown as { default?: MsgReaderClass }).default ?? MsgReaderModule;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasOleSignature(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function transportHeaders(text: string | undefined): MailHeader[] {
  if (!text) return [];
  return new Headers(Buffer.from(text.trimEnd() + '\r\n')).getList().map(({ key, line }) => ({
    name: key.toLowerCase(),
    value: String(line)
      .slice(String(line).indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim(),
  }));
}

function recipients(fields: FieldsData, kind: 'to' | 'cc'): MailAddress[] {
  return (fields.recipients ?? [])
    .filter((recipient) => (recipient.recipType ?? 'to') === kind)
    .map((recipient) => ({ name: recipient.name ?? '', address: recipient.smtpAddress ?? recipient.email ?? '' }));
}

function dateOf(fields: FieldsData): string | null {
  for (const value of [fields.clientSubmitTime, fields.messageDeliveryTime, fields.creationTime]) {
    if (!value) continue;
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}

function decodeHtml(fields: FieldsData): string | undefined {
  if (fields.bodyHtml) return fields.bodyHtml;
  if (fields.html?.length) return Buffer.from(fields.html).toString('utf8');
  return undefined;
}

function bodiesOf(fields: FieldsData, warnings: string[]): MailBody[] {
  const bodies: MailBody[] = [];
  const html = decodeHtml(fields);
  if (html) {
    bodies.push({ kind: 'html', content: html, part: 'text/html', rendersOnOpen: true });
  } else if (fields.compressedRtf?.length) {
    try {
      const recovered = bodyFromCompressedRtf(fields.compressedRtf);
      if (recovered?.mode === 'html') {
        bodies.push({ kind: 'html', content: recovered.text, part: 'RTF-encapsulated HTML', rendersOnOpen: true });
      }
    } catch (error) {
      warnings.push(`the compressed RTF body could not be read: ${(error as Error).message}`);
    }
  }
  if (fields.body) bodies.push({ kind: 'text', content: fields.body, part: 'text/plain', rendersOnOpen: true });
  return bodies;
}

interface Walk {
  readonly reader: InstanceType<MsgReaderClass>;
  parts: number;
}

function messageFrom(fields: FieldsData, walk: Walk, depth: number): MailMessage {
  const warnings: string[] = [];
  const attachments: MailAttachment[] = [];
  const attachedMessages: MailMessage[] = [];
  for (const attachment of fields.attachments ?? []) {
    walk.parts += 1;
    if (walk.parts > LIMITS.maxParts) throw new InputError(`the message has over ${LIMITS.maxParts} parts`);
    if (attachment.innerMsgContent && attachment.innerMsgContentFields) {
      if (depth + 1 > LIMITS.maxNestingDepth) {
        warnings.push(`attached message not read: nesting deeper than ${LIMITS.maxNestingDepth} levels`);
      } else {
        attachedMessages.push(messageFrom(attachment.innerMsgContentFields, walk, depth + 1));
      }
      continue;
    }
    try {
      const data = walk.reader.getAttachment(attachment);
      attachments.push({
        filename: data.fileName ?? attachment.fileName ?? '',
        contentType: (attachment.attachMimeTag ?? 'application/octet-stream').toLowerCase(),
        size: data.content.length,
        sha256: sha256Hex(data.content),
        ...(attachment.pidContentId ? { contentId: attachment.pidContentId } : {}),
        disposition: attachment.attachmentHidden ? 'inline' : 'attachment',
        content: data.content,
      });
    } catch (error) {
      warnings.push(`attachment "${attachment.fileName ?? '?'}" could not be read: ${(error as Error).message}`);
    }
  }
  const headers = transportHeaders(fields.headers);
  const sender = fields.senderSmtpAddress ?? fields.senderEmail ?? '';
  return {
    format: 'msg',
    headers,
    subject: fields.subject ?? '',
    from: sender || fields.senderName ? [{ name: fields.senderName ?? '', address: sender }] : [],
    to: recipients(fields, 'to'),
    cc: recipients(fields, 'cc'),
    date: dateOf(fields),
    // Outlook keeps the time in UTC only; the sender's zone is not stored.
    dateZone: null,
    bodies: bodiesOf(fields, warnings),
    attachments,
    attachedMessages,
    warnings,
  };
}

export function readMsg(raw: Buffer): MailMessage {
  if (!hasOleSignature(raw)) {
    throw new InputError('not an Outlook .msg file (no OLE compound-file signature)');
  }
  let reader: InstanceType<MsgReaderClass>;
  let fields: FieldsData;
  try {
    reader = new MsgReader(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer);
    fields = reader.getFileData();
  } catch (error) {
    throw new InputError(`damaged or truncated .msg file: ${(error as Error).message}`);
  }
  if (fields.error) throw new InputError(`damaged .msg file: ${fields.error}`);
  if (fields.dataType !== 'msg') throw new InputError('the file is an OLE document but not an Outlook message');
  return messageFrom(fields, { reader, parts: 0 }, 0);
}
