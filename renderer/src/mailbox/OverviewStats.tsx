// The mailbox in four figures: messages, tracked, identifying the reader, unreadable.

import type { MailboxOverview } from '../../../shared/model/mailbox';
import { formatCount, formatShare } from './progress-text';
import { ui } from '../i18n';

export function OverviewStats({ overview }: { readonly overview: MailboxOverview }) {
  const figures: [string, string, number, string | null][] = [
    ['messages', ui('mailbox.stats.messages'), overview.messages, null],
    [
      'tracked',
      ui('mailbox.stats.tracked'),
      overview.tracked,
      ui('mailbox.stats.share', { share: formatShare(overview.tracked, overview.messages) }),
    ],
    [
      'identifies',
      ui('mailbox.stats.identifies'),
      overview.identifiesYou,
      ui('mailbox.stats.share', { share: formatShare(overview.identifiesYou, overview.messages) }),
    ],
    ['errors', ui('mailbox.stats.errors'), overview.errors, null],
  ];
  return (
    <dl className="overview-stats" data-testid="overview-stats">
      {figures.map(([key, label, value, note]) => (
        <div key={key} className="stat" data-stat={key} data-value={value}>
          <dt>{label}</dt>
          <dd>
            <span className="stat-value">{formatCount(value)}</span>
            {note && <span className="stat-note muted">{note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
