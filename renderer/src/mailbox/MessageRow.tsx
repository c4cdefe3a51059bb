// One row of the message table: date, sender, subject and verdict (or why the message could not be read).

import type { MessageSummary } from '../../../shared/model/mailbox';
import { strings } from '../strings';

const dateFormat = new Intl.DateTimeFormat(strings.locale, { dateStyle: 'medium' });

function formatRowDate(iso: string | null): string {
  if (!iso) return strings.mailbox.none;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

function Verdict({ summary }: { readonly summary: MessageSummary }) {
  if (summary.level === 'error') {
    return <span className="row-error">{strings.mailbox.errorRow(summary.error ?? '')}</span>;
  }
  // The engine's level 'identifies' also covers a probable identification; the pill says which.
  const probable = summary.level === 'identifies' && summary.identifiesYou === 0;
  return (
    <>
      <span className="level" data-level={summary.level}>
        {strings.mailbox.level[probable ? 'probablyIdentifies' : summary.level]}
      </span>
      {summary.trackers > 0 && <span className="muted">{strings.mailbox.trackers(summary.trackers)}</span>}
      {summary.companies.length > 0 && (
        <span className="row-companies" title={strings.format.list(summary.companies)}>
          {strings.format.list(summary.companies)}
        </span>
      )}
    </>
  );
}

export function MessageRowCells({ summary }: { readonly summary: MessageSummary }) {
  const sender = summary.fromName || summary.fromAddress || strings.mailbox.none;
  const subject = summary.level === 'error' && !summary.subject ? summary.source : summary.subject;
  return (
    <>
      <div role="gridcell" className="cell-date">
        {formatRowDate(summary.date)}
      </div>
      <div role="gridcell" className="cell-sender" title={summary.fromAddress}>
        {sender}
      </div>
      <div
        role="gridcell"
        className="cell-subject"
        title={summary.warning && strings.mailbox.warningRow(summary.warning)}
      >
        {subject || strings.result.noSubject}
      </div>
      <div role="gridcell" className="cell-verdict">
        <Verdict summary={summary} />
      </div>
    </>
  );
}
