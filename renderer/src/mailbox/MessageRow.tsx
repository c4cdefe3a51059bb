// One row of the message table: date, sender, subject and verdict (or why the message could not be read).

import type { MessageSummary } from '../../../shared/model/mailbox';
import { currentLocale, engine, ui } from '../i18n';

const dateFormat = (): Intl.DateTimeFormat => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });

function formatRowDate(iso: string | null): string {
  if (!iso) return ui('mailbox.none');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat().format(date);
}

function Verdict({ summary }: { readonly summary: MessageSummary }) {
  if (summary.level === 'error') {
    return <span className="row-error">{ui('mailbox.errorRow', { error: summary.error ?? '' })}</span>;
  }
  // The engine's level 'identifies' also covers a probable identification; the pill says which.
  const probable = summary.level === 'identifies' && summary.identifiesYou === 0;
  return (
    <>
      <span className="level" data-level={summary.level}>
        {ui(`mailbox.level.${probable ? 'probablyIdentifies' : summary.level}`)}
      </span>
      {summary.trackers > 0 && <span className="muted">{ui('mailbox.trackers', { count: summary.trackers })}</span>}
      {summary.companies.length > 0 && (
        <span className="row-companies" title={engine.list(summary.companies)}>
          {engine.list(summary.companies)}
        </span>
      )}
    </>
  );
}

export function MessageRowCells({ summary }: { readonly summary: MessageSummary }) {
  const sender = summary.fromName || summary.fromAddress || ui('mailbox.none');
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
        title={summary.warning && ui('mailbox.warningRow', { warning: summary.warning })}
      >
        {subject || ui('mailbox.noSubject')}
      </div>
      <div role="gridcell" className="cell-verdict">
        <Verdict summary={summary} />
      </div>
    </>
  );
}
