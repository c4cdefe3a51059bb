// Is this really a mail? mailparser reads any bytes as one (a photo, a PDF, random data or a text file
// become a message with junk "headers" and no body), which would show a clean mail with no tracker.
// RFC 5322 section 2.2: a header field is a name of printable US-ASCII characters other than the colon,
// then a colon. A mail starts with such fields, and at least one of them is a field every mail program
// or transfer agent writes.

import { InputError } from './limits';

const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Fields that some program on a mail's way always writes (RFC 5322, RFC 5321 trace fields, MIME). */
const MAIL_FIELDS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'sender',
  'reply-to',
  'received',
  'return-path',
  'delivered-to',
  'mime-version',
  'content-type',
  'x-mailer',
  'x-original-to',
  'thread-topic',
]);

export interface HeaderLine {
  readonly key: string;
  readonly line: string;
}

function describeStart(raw: Buffer): string {
  const head = raw.subarray(0, 512);
  let control = 0;
  for (const byte of head)
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) control++;
  if (control > 0) return 'it holds binary data';
  const firstLine = head
    .toString('latin1')
    .split(/\r?\n|\r/)[0]!
    .trim();
  if (firstLine) return `it starts with "${firstLine.slice(0, 40)}${firstLine.length > 40 ? '…' : ''}"`;
  return raw.length === 0 ? 'it is empty' : 'it holds nothing but blank space';
}

/** Throws a clear InputError unless the parsed header lines are those of a mail. */
export function checkMailHeaders(headerLines: readonly HeaderLine[], raw: Buffer): void {
  // An empty header section (the message starts with its blank line) is how a headerless message in an
  // mbox looks; mbox framing already says it is mail.
  if (raw[0] === 0x0a || raw[0] === 0x0d) return;
  // Some saved files start with a line of spaces before the headers; mail parsers skip it.
  const first = headerLines.find((header) => header.line.trim() !== '');
  const startsWithField = first !== undefined && FIELD_NAME.test(first.key) && first.line.includes(':');
  const known = headerLines.some((header) => MAIL_FIELDS.has(header.key) && FIELD_NAME.test(header.key));
  if (startsWithField && known) return;
  throw new InputError(`not a mail file: it has no mail headers (From:, Date:, Subject: …); ${describeStart(raw)}`);
}
