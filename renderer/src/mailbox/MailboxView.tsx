// An open mailbox (an mbox or a folder): its overview fills in while main reads it, beside the
// virtualised message table. A row opens the message in the single-message view; Back returns here.

import { useEffect, useRef } from 'react';

import { chooseAndOpen } from '../open-mail';
import { OpenMailFirst } from '../result/ReportButtons';
import { useMailLens } from '../store';
import { CompanyChart } from './CompanyChart';
import { exportOverview } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { MailboxFilters } from './MailboxFilters';
import { MailboxProgressBar } from './MailboxProgressBar';
import { MessageTable } from './MessageTable';
import { MonthChart } from './MonthChart';
import { OverviewStats } from './OverviewStats';
import { SenderTable } from './SenderTable';
import './mailbox.css';
import { ui } from '../i18n';
import { useTranslation } from 'react-i18next';

function ExportStatusLine() {
  const status = useMailboxView((state) => state.exportStatus);
  const text =
    status === null
      ? ''
      : status.status === 'busy'
        ? ui('mailbox.exporting')
        : status.status === 'saved'
          ? ui('mailbox.exported', { fileName: status.fileName })
          : ui('mailbox.exportFailed', { error: status.error });
  return (
    <span role="status" className="muted" data-testid="export-status">
      {text}
    </span>
  );
}

export function MailboxView() {
  // Re-renders the whole mailbox screen when the language changes.
  useTranslation('ui');
  const info = useMailLens((state) => state.mailbox);
  const closeMail = useMailLens((state) => state.closeMail);
  const overview = useMailboxView((state) => state.overview);
  const busy = useMailboxView((state) => state.exportStatus?.status === 'busy');
  const heading = useRef<HTMLHeadingElement>(null);

  // A screen announces itself by focusing its heading, unless Back returns focus to the table's row.
  useEffect(() => {
    if (!useMailboxView.getState().focusRow) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (!info) return;
    document.title = info.name;
    return () => {
      document.title = ui('appName');
    };
  }, [info]);

  if (!info) return null;
  return (
    <main className="mailbox" data-testid="mailbox" aria-label={ui('mailbox.label', { name: info.name })}>
      <header className="mailbox-header">
        <div className="mailbox-title">
          <h1 ref={heading} tabIndex={-1} data-testid="mailbox-name">
            {info.name}
          </h1>
          <span className="tag">{ui(`mailbox.kind.${info.kind}`)}</span>
        </div>
        <MailboxProgressBar />
        <div className="toolbar">
          <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void exportOverview('csv')}>
            {ui('mailbox.exportCsv')}
          </button>
          <button type="button" data-testid="export-json" disabled={busy} onClick={() => void exportOverview('json')}>
            {ui('mailbox.exportJson')}
          </button>
          <button type="button" onClick={() => void chooseAndOpen()}>
            {ui('mailbox.openAnother')}
          </button>
          <button type="button" data-testid="close" onClick={closeMail}>
            {ui('mailbox.close')}
          </button>
        </div>
        <OpenMailFirst />
        <ExportStatusLine />
      </header>
      <div className="mailbox-body">
        <section className="mailbox-overview" aria-label={ui('mailbox.overview')} data-testid="overview">
          {overview && (
            <>
              <OverviewStats overview={overview} />
              <div className="charts">
                <CompanyChart overview={overview} />
                <MonthChart overview={overview} />
              </div>
              <SenderTable overview={overview} />
            </>
          )}
        </section>
        <section className="mailbox-messages" aria-labelledby="messages-title">
          <h2 id="messages-title" className="visually-hidden">
            {ui('mailbox.messagesTitle')}
          </h2>
          <MailboxFilters overview={overview} />
          <MessageTable />
        </section>
      </div>
    </main>
  );
}
