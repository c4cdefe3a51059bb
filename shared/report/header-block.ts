// The header section of a message as written (RFC 5322 section 2.2): every field up to the first empty
// line, unfolded, values not decoded. A report quotes these raw values: the Date with its own time zone,
// encoded words as the sender wrote them.

import type { MailHeader } from '../model/mail';

/** A field line `Name: value`; the name is printable ASCII without a colon (RFC 5322 section 2.2). */
const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/;

export function parseHeaderBlock(text: string): MailHeader[] {
  const headers: { name: string; value: string }[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (line === '') break;
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line)) {
      // A folded continuation belongs to the field before it; one before any field is ignored.
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const field = FIELD.exec(line);
    if (field) headers.push({ name: field[1]!.toLowerCase(), value: field[2]!.trim() });
  }
  return headers;
}

/** The first value of a header, or null when the message has none. */
export function firstHeader(headers: readonly MailHeader[], name: string): string | null {
  const wanted = name.toLowerCase();
  return headers.find((header) => header.name === wanted)?.value ?? null;
}

/** Every value of a header, in the order written (Received: newest first, as relays prepend them). */
export function allHeaders(headers: readonly MailHeader[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((header) => header.name === wanted).map((header) => header.value);
}
