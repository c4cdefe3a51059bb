// The one model of a mail that every reader (.eml, .msg, .mbox) produces and every later step consumes.
// Everything here crosses a worker or process boundary, so it is plain readonly data.

export type MailFormat = 'eml' | 'msg' | 'mbox';

export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

export interface MailHeader {
  /** Header name in lower case, e.g. `content-type`. */
  readonly name: string;
  /** Unfolded value as it appears in the mail (not decoded). */
  readonly value: string;
}

export type BodyKind = 'html' | 'text' | 'amp';

export interface MailBody {
  readonly kind: BodyKind;
  readonly content: string;
  /** Where the body came from, readable: `text/html`, `attachment "offer.html"`, `RTF-encapsulated HTML`. */
  readonly part: string;
  /** RFC 2557 Content-Base / Content-Location of the part: relative URLs resolve against them. */
  readonly contentBase?: string;
  readonly contentLocation?: string;
  /** False for HTML attachments: they are fetched only when the reader opens the attachment. */
  readonly rendersOnOpen: boolean;
}

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly contentId?: string;
  readonly disposition: 'inline' | 'attachment' | 'unknown';
  /** The bytes, kept so that `cid:` images and `cid:` stylesheets can be resolved. Never executed. */
  readonly content: Uint8Array;
}

export interface MailMessage {
  readonly format: MailFormat;
  readonly headers: readonly MailHeader[];
  readonly subject: string;
  readonly from: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  /** ISO 8601, or null when the mail has no parseable date. */
  readonly date: string | null;
  /** The zone the sender's Date header was written in (`+01:00`); null when unknown. */
  readonly dateZone: string | null;
  readonly bodies: readonly MailBody[];
  readonly attachments: readonly MailAttachment[];
  /** Attached messages (`message/rfc822`, msg-in-msg), read recursively. */
  readonly attachedMessages: readonly MailMessage[];
  /** Things the reader noticed but could work around, e.g. an attached message over the nesting limit. */
  readonly warnings: readonly string[];
}

export function headerValues(message: MailMessage, name: string): string[] {
  const wanted = name.toLowerCase();
  return message.headers.filter((header) => header.name === wanted).map((header) => header.value);
}
