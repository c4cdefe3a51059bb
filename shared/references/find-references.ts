// Every URL a mail would make a client request: bodies (HTML, AMP), attached SVGs, the List-Unsubscribe
// header, and attached messages, recursively. The single entry point of the reference finder.

import type { MailAttachment, MailBody, MailMessage } from '../model/mail';
import { headerValues } from '../model/mail';
import { findAttachmentByCid } from '../model/content-id';
import type { RemoteReference } from '../model/reference';
import { scanHtmlDocument, type AttachedDocument, type FoundReference, type HtmlScan } from './html-references';
import { combineBase, resolveUrl } from './resolve-url';

const TEXT_DOCUMENT_TYPES = /^(text\/(css|html|xml)|image\/svg\+xml|application\/xhtml\+xml)$/i;

/** `cid:` lookup over a message's attachments, for the text documents a reference can live in. */
export function cidResolver(message: MailMessage): (contentId: string) => AttachedDocument | undefined {
  return (contentId) => {
    const attachment = findAttachmentByCid(message, contentId);
    if (!attachment || !TEXT_DOCUMENT_TYPES.test(attachment.contentType)) return undefined;
    return { contentType: attachment.contentType, text: new TextDecoder('utf-8').decode(attachment.content) };
  };
}

/** Scans one HTML or AMP body; the scan keeps the parsed document for the preview. */
export function scanBody(message: MailMessage, body: MailBody, partPrefix = ''): HtmlScan {
  return scanHtmlDocument(body.content, {
    part: partPrefix + body.part,
    base: combineBase(body.contentBase, body.contentLocation),
    resolveCid: cidResolver(message),
    openedByReader: !body.rendersOnOpen,
  });
}

function scanAttachedSvg(attachment: MailAttachment, partPrefix: string): readonly FoundReference[] {
  const text = new TextDecoder('utf-8').decode(attachment.content);
  return scanHtmlDocument(text, {
    part: `${partPrefix}attachment "${attachment.filename}"`,
    openedByReader: attachment.disposition !== 'inline',
  }).found;
}

/** RFC 2369: a comma-separated list of URLs in angle brackets. */
function listUnsubscribeReferences(message: MailMessage, partPrefix: string): RemoteReference[] {
  const references: RemoteReference[] = [];
  for (const value of headerValues(message, 'list-unsubscribe')) {
    for (const item of value.split(',')) {
      const raw = item.trim().replace(/^<|>$/g, '');
      const resolved = resolveUrl(raw);
      if (!resolved || resolved.resolvedFrom) continue;
      references.push({
        url: resolved.url,
        vector: 'list-unsubscribe',
        trigger: 'action',
        location: { part: `${partPrefix}headers`, element: 'header', attribute: 'List-Unsubscribe' },
      });
    }
  }
  return references;
}

/** Hosts of links: some clients resolve them in advance (DNS prefetch), telling the resolver. */
function anchorDnsReferences(references: readonly RemoteReference[]): RemoteReference[] {
  const seen = new Set<string>();
  const result: RemoteReference[] = [];
  for (const reference of references) {
    if (reference.vector !== 'a-href') continue;
    const url = new URL(reference.url);
    if (seen.has(url.host)) continue;
    seen.add(url.host);
    result.push({
      url: `${url.protocol}//${url.host}/`,
      vector: 'anchor-dns-prefetch',
      trigger: 'dns',
      location: { ...reference.location, attribute: 'href (host)' },
    });
  }
  return result;
}

export const MAX_REFERENCE_DEPTH = 8;

export function findRemoteReferences(message: MailMessage, partPrefix = '', depth = 0): RemoteReference[] {
  const references: RemoteReference[] = [];
  for (const body of message.bodies) {
    if (body.kind === 'text') continue;
    references.push(...scanBody(message, body, partPrefix).found.map((item) => item.reference));
  }
  for (const attachment of message.attachments) {
    // An SVG with a Content-ID is shown where the HTML references it, and is scanned there.
    if (/^image\/svg\+xml$/i.test(attachment.contentType) && !attachment.contentId) {
      references.push(...scanAttachedSvg(attachment, partPrefix).map((item) => item.reference));
    }
  }
  references.push(...listUnsubscribeReferences(message, partPrefix));
  references.push(...anchorDnsReferences(references));
  if (depth < MAX_REFERENCE_DEPTH) {
    message.attachedMessages.forEach((attached, index) => {
      references.push(...findRemoteReferences(attached, `${partPrefix}message/rfc822 #${index + 1} > `, depth + 1));
    });
  }
  return references;
}
