// Chooses what the preview shows (the HTML body, else the plain text) and builds the neutralised document.

import { findAttachmentByCid } from '../model/content-id';
import type { MailMessage } from '../model/mail';
import type { RemoteReference } from '../model/reference';
import { scanBody } from '../references/find-references';
import { neutraliseHtml, textPreview } from './neutralise-html';

export interface PreviewDocument {
  readonly html: string;
  /** The references of the previewed body; `data-ml-ref` ids index this list. */
  readonly references: readonly RemoteReference[];
  /** Which part is shown, e.g. `text/html`, `RTF-encapsulated HTML`, `text/plain`. */
  readonly part: string;
}

/** Images shown inline from attachments are capped so a preview stays light. */
const MAX_INLINE_IMAGE_BYTES = 10 * 1024 * 1024;
const INLINE_IMAGE_TYPES = /^image\/(png|gif|jpe?g|webp|bmp)$/i;

function base64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

export function cidImageResolver(message: MailMessage): (contentId: string) => string | undefined {
  return (contentId) => {
    const attachment = findAttachmentByCid(message, contentId);
    if (!attachment || !INLINE_IMAGE_TYPES.test(attachment.contentType) || attachment.size > MAX_INLINE_IMAGE_BYTES) {
      return undefined;
    }
    return `data:${attachment.contentType.toLowerCase()};base64,${base64(attachment.content)}`;
  };
}

export function buildPreview(message: MailMessage): PreviewDocument {
  const html = message.bodies.find((body) => body.kind === 'html' && body.rendersOnOpen);
  if (html) {
    const scan = scanBody(message, html);
    return {
      html: neutraliseHtml(scan, { cidImage: cidImageResolver(message) }),
      references: scan.found.map((item) => item.reference),
      part: html.part,
    };
  }
  const text = message.bodies.find((body) => body.kind === 'text');
  return { html: textPreview(text?.content ?? ''), references: [], part: text?.part ?? 'empty message' };
}
