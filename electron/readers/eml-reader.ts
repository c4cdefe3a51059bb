// .eml (RFC 5322 / MIME) with mailparser. Attached messages and HTML/AMP parts are read recursively.

import { zoneOfDateHeader } from '../../shared/i18n/mail-date';
import { simpleParser, type AddressObject, type Attachment, type EmailAddress, type ParsedMail } from 'mailparser';

import type { MailAddress, MailAttachment, MailBody, MailHeader, MailMessage } from '../../shared/model/mail';
import { sha256Hex } from './hash';
import { InputError, LIMITS } from './limits';
import { unwrapEmlx } from './emlx';
import { checkMailHeaders } from './mail-headers-check';
import { findHtmlBodyLocation, mentionsBodyLocation } from './part-headers';

/** mailparser options: we need neither its text<->HTML conversions nor its inlined image links. */
const PARSER_OPTIONS = {
  skipTextToHtml: true,
  skipHtmlToText: true,
  skipImageLinks: true,
  skipTextLinks: true,
} as const;

function flattenAddresses(items: readonly EmailAddress[]): MailAddress[] {
  return items.flatMap((item) =>
    item.group ? flattenAddresses(item.group) : [{ name: item.name ?? '', address: item.address ?? '' }],
  );
}

export function addressesOf(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((object) => flattenAddresses(object.value));
}

export function headersOf(parsed: ParsedMail): MailHeader[] {
  return parsed.headerLines.map(({ key, line }) => ({
    name: key.toLowerCase(),
    value: line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim(),
  }));
}

/** mailparser leaves contentType unset for some broken Content-Type headers. */
function typeOf(attachment: Attachment): string {
  return typeof attachment.contentType === 'string' && attachment.contentType
    ? attachment.contentType.toLowerCase()
    : 'application/octet-stream';
}

function dispositionOf(attachment: Attachment): MailAttachment['disposition'] {
  if (attachment.contentDisposition === 'inline') return 'inline';
  if (attachment.contentDisposition === 'attachment') return 'attachment';
  return 'unknown';
}

function toAttachment(attachment: Attachment): MailAttachment {
  return {
    filename: attachment.filename ?? '',
    contentType: typeOf(attachment),
    size: attachment.content.length,
    sha256: sha256Hex(attachment.content),
    ...(attachment.contentId ? { contentId: attachment.contentId } : {}),
    disposition: dispositionOf(attachment),
    content: attachment.content,
  };
}

function attachmentLabel(attachment: Attachment): string {
  return attachment.filename ? `attachment "${attachment.filename}"` : `${typeOf(attachment)} part`;
}

function attachedBodies(attachments: readonly Attachment[]): MailBody[] {
  const bodies: MailBody[] = [];
  for (const attachment of attachments) {
    const type = typeOf(attachment);
    const kind = type === 'text/x-amp-html' ? 'amp' : type === 'text/html' ? 'html' : undefined;
    if (!kind) continue;
    bodies.push({
      kind,
      content: attachment.content.toString('utf8'),
      part: kind === 'amp' ? 'text/x-amp-html' : attachmentLabel(attachment),
      // An AMP part is an alternative body; an inline HTML part is shown in the message (Thunderbird).
      rendersOnOpen: kind === 'amp' || attachment.contentDisposition !== 'attachment',
    });
  }
  return bodies;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * mailparser splits lines at LF only: a file saved with classic Mac OS line ends (CR alone) would be one
 * long header line, and a UTF-8 byte-order mark would become part of the first field name. An Apple Mail
 * .emlx file is unwrapped to the message it holds.
 */
function normaliseLineEnds(raw: Buffer): Buffer {
  const data = raw.subarray(0, 3).equals(BOM) ? raw.subarray(3) : unwrapEmlx(raw);
  const crOnly = data.includes(0x0d) && !data.includes(0x0a);
  return crOnly ? Buffer.from(data.map((byte) => (byte === 0x0d ? 0x0a : byte))) : data;
}

/**
 * A multipart message whose closing boundary (`--boundary--`) never comes was cut off: a download or a
 * copy that stopped part way. What is there is still read; the warning says the rest is missing.
 */
function truncationWarning(contentType: unknown, raw: Buffer): string[] {
  const params = (contentType as { value?: unknown; params?: Record<string, unknown> } | undefined)?.params;
  const boundary = params?.boundary;
  if (typeof boundary !== 'string' || boundary === '') return [];
  if (raw.includes(`--${boundary}--`)) return [];
  return [TRUNCATED_WARNING];
}

/**
 * The Date header's time, or null. mailparser puts the time of parsing in place of a Date header it
 * cannot read, which would show a mail as sent at the moment it was opened.
 */
function dateOf(parsed: ParsedMail): string | null {
  const line = parsed.headerLines.find(({ key }) => key.toLowerCase() === 'date')?.line;
  if (!parsed.date || line === undefined) return null;
  const written = new Date(
    line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim(),
  );
  if (Number.isNaN(written.getTime()) || Number.isNaN(parsed.date.getTime())) return null;
  return parsed.date.toISOString();
}

/** The zone the Date header was written in (`+01:00`), when it has a date and names its zone. */
function dateZoneOf(parsed: ParsedMail): string | null {
  const line = parsed.headerLines.find(({ key }) => key.toLowerCase() === 'date')?.line;
  if (line === undefined || !dateOf(parsed)) return null;
  return zoneOfDateHeader(line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' '));
}

export const TRUNCATED_WARNING =
  'the message is truncated: it ends before its last MIME part does, so what came after is missing';

export async function readEml(input: Buffer, depth = 0): Promise<MailMessage> {
  const raw = normaliseLineEnds(input);
  const parsed = await simpleParser(raw, PARSER_OPTIONS);
  checkMailHeaders(parsed.headerLines, raw);
  if (parsed.attachments.length > LIMITS.maxParts) {
    throw new InputError(`the message has ${parsed.attachments.length} parts, over the limit of ${LIMITS.maxParts}`);
  }
  const warnings: string[] = truncationWarning(parsed.headers.get('content-type'), raw);
  const bodies: MailBody[] = [];
  if (typeof parsed.html === 'string' && parsed.html) {
    const location = mentionsBodyLocation(raw) ? await findHtmlBodyLocation(raw) : {};
    bodies.push({ kind: 'html', content: parsed.html, part: 'text/html', rendersOnOpen: true, ...location });
  }
  if (parsed.text) bodies.push({ kind: 'text', content: parsed.text, part: 'text/plain', rendersOnOpen: true });
  bodies.push(...attachedBodies(parsed.attachments));

  const attachedMessages: MailMessage[] = [];
  for (const attachment of parsed.attachments) {
    if (typeOf(attachment) !== 'message/rfc822') continue;
    if (depth + 1 > LIMITS.maxNestingDepth) {
      warnings.push(`attached message not read: nesting deeper than ${LIMITS.maxNestingDepth} levels`);
      continue;
    }
    try {
      attachedMessages.push(await readEml(attachment.content, depth + 1));
    } catch (error) {
      warnings.push(`attached message ${attachmentLabel(attachment)} could not be read: ${(error as Error).message}`);
    }
  }

  return {
    format: 'eml',
    headers: headersOf(parsed),
    subject: parsed.subject ?? '',
    from: addressesOf(parsed.from),
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    date: dateOf(parsed),
    dateZone: dateZoneOf(parsed),
    bodies,
    attachments: parsed.attachments.map(toAttachment),
    attachedMessages,
    warnings,
  };
}
