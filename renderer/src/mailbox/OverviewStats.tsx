// The mailbox in four figures: messages, tracked, identifying the reader, unreadable.

import type { MailboxOverview } from '../../../shared/model/mailbox';
import { strings } from '../strings';
import { formatCount, formatShare } from './progress-text';

export function OverviewStats({ overview }: { readonly overview: MailboxOverview }) {
  const stats = strings.mailbox.stats;
  const figures: [string, string, number, string | null][] = [
    ['messages', stats.messages, overview.messages, null],
    ['tracked', stats.tracked, overview.tracked, stats.share(formatShare(overview.tracked, overview.messages))],
    [
      'identifies',
      stats.identifies,
      overview.identifiesYou,
      stats.share(formatShare(overview.identifiesYou, overview.messages)),
    ],
    ['errors', stats.errors, overview.errors, null],
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
