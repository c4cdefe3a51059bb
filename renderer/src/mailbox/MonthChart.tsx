// Messages per month as columns, the tracked part coloured; the figures are also in a table that only
// screen readers see.

import type { MailboxOverview } from '../../../shared/model/mailbox';
import { formatCount, formatShare } from './progress-text';
import { ui } from '../i18n';

export function MonthChart({ overview }: { readonly overview: MailboxOverview }) {
  const months = overview.months;
  const most = Math.max(1, ...months.map((month) => month.messages));
  return (
    <figure className="chart" aria-labelledby="month-chart-title">
      <h2 id="month-chart-title">{ui('mailbox.monthsTitle')}</h2>
      <figcaption className="muted">{ui('mailbox.monthsCaption')}</figcaption>
      {months.length === 0 ? (
        <p className="muted">{ui('mailbox.noMonths')}</p>
      ) : (
        <>
          <div className="column-chart" data-testid="month-chart" aria-hidden="true">
            {months.map(({ month, messages, tracked }) => (
              <div
                key={month}
                className="column"
                title={ui('mailbox.monthColumn', { month, tracked, messages, share: formatShare(tracked, messages) })}
              >
                <div className="column-stack" style={{ height: `${(messages / most) * 100}%` }}>
                  <div className="column-tracked" style={{ height: `${(tracked / messages) * 100}%` }} />
                </div>
              </div>
            ))}
          </div>
          <div className="column-axis muted" aria-hidden="true">
            <span>{months[0]?.month}</span>
            <span>{months.at(-1)?.month}</span>
          </div>
          <table className="visually-hidden">
            <caption>{ui('mailbox.monthsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{ui('mailbox.monthHeaders.month')}</th>
                <th scope="col">{ui('mailbox.monthHeaders.messages')}</th>
                <th scope="col">{ui('mailbox.monthHeaders.tracked')}</th>
                <th scope="col">{ui('mailbox.monthHeaders.share')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map(({ month, messages, tracked }) => (
                <tr key={month}>
                  <th scope="row">{month}</th>
                  <td>{formatCount(messages)}</td>
                  <td>{formatCount(tracked)}</td>
                  <td>{formatShare(tracked, messages)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
