// `cid:` URLs (RFC 2392) point at a part of the same mail by its Content-ID.

import type { MailAttachment, MailMessage } from './mail';

function normalise(contentId: string): string {
  return contentId.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** The attachment a `cid:` URL names (the part after `cid:`, URL-encoded as RFC 2392 says). */
export function findAttachmentByCid(message: MailMessage, contentId: string): MailAttachment | undefined {
  let wanted = contentId;
  try {
    wanted = decodeURIComponent(contentId);
  } catch {
    // not URL-encoded: use as written
  }
  const key = normalise(wanted);
  return message.attachments.find((item) => item.contentId !== undefined && normalise(item.contentId) === key);
}
