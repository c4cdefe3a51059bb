// A message with nothing in it but its recipients, and an image reference fetched on opening: for tests
// that feed references to the analysis directly.

import type { MailMessage } from '../../shared/model/mail';
import type { RemoteReference } from '../../shared/model/reference';

export function bareMessage(to: readonly string[] = []): MailMessage {
  return {
    format: 'eml',
    headers: [],
    subject: '',
    from: [],
    to: to.map((address) => ({ name: '', address })),
    cc: [],
    date: null,
    dateZone: null,
    bodies: [],
    attachments: [],
    attachedMessages: [],
    warnings: [],
  };
}

export function openImage(url: string): RemoteReference {
  return { url, vector: 'img-src', trigger: 'open', location: { part: 'text/html', element: 'img', attribute: 'src' } };
}
