// Small facts about one message that the table, CSV and sender views share.

import type { MessageReport } from '../../shared/model/report';

/** Names of the trackers fetched on opening, each once, in the order found. */
export function trackerNames(message: MessageReport): string[] {
  const names = new Set<string>();
  for (const finding of message.references) {
    if (finding.trigger === 'open' && finding.tracker) names.add(finding.tracker.name);
  }
  return [...names];
}

export function platformOf(message: MessageReport): string {
  return message.platform[0]?.platform ?? '';
}

export function fromAddress(message: MessageReport): string {
  return message.from[0]?.address ?? '';
}

/** The domain of the first From address, lower-cased; '' when there is none. */
export function fromDomain(message: MessageReport): string {
  const address = fromAddress(message);
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : '';
}
