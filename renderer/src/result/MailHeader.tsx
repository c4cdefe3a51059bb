// Who sent the mail, to whom, when, with which platform, and the verdict in one line.

import type { Ref } from 'react';

import type { OpenedMail } from '../../../shared/ipc/contract';
import type { MessageReport } from '../../../shared/model/report';
import { CompareButton } from '../compare/CompareButton';
import { ComparisonSummary } from '../compare/ComparisonSummary';
import { formatAddresses, formatDate } from '../format';
import { returnToMailbox } from '../mailbox/mailbox-data';
import { chooseAndOpen } from '../open-mail';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { EvidenceStrip } from './EvidenceStrip';
import { MessagePicker } from './MessagePicker';
import { PlainAnswer } from './PlainAnswer';
import { ReportButtons } from './ReportButtons';

interface Props {
  readonly mail: OpenedMail;
  readonly report: MessageReport;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

export function MailHeader({ mail, report, headingRef }: Props) {
  const closeMail = useMailLens((state) => state.closeMail);
  const mailbox = useMailLens((state) => (state.fromMailbox ? state.mailbox : null));
  const platform = report.platform[0];
  const fields: [string, string][] = [
    [strings.result.from, formatAddresses(report.from)],
    [strings.result.to, formatAddresses(report.to)],
    ...(report.cc.length ? [[strings.result.cc, formatAddresses(report.cc)] as [string, string]] : []),
    [strings.result.date, formatDate(report.date)],
    [
      strings.result.platform,
      platform ? strings.headers.platformText(platform.platform, platform.company) : strings.result.platformUnknown,
    ],
  ];
  return (
    <header className="mail-header">
      <div className="mail-header-top">
        <h1 ref={headingRef} tabIndex={-1} className="subject" data-testid="subject">
          {report.subject || strings.result.noSubject}
        </h1>
        <div className="toolbar">
          {mailbox && (
            <button
              type="button"
              className="primary"
              data-testid="back-to-mailbox"
              title={strings.result.backHint}
              onClick={returnToMailbox}
            >
              {strings.result.backToMailbox(mailbox.name)}
            </button>
          )}
          <button type="button" onClick={() => void chooseAndOpen()}>
            {strings.result.openAnother}
          </button>
          <CompareButton />
          <ReportButtons />
          <button type="button" data-testid="close" onClick={closeMail}>
            {strings.result.close}
          </button>
        </div>
      </div>
      {mail.messages.length > 1 && <MessagePicker mail={mail} />}
      <dl className="mail-fields">
        {fields.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EvidenceStrip mail={mail} />
      {report.error ? (
        <section className="verdict-box" data-tone="unknown" aria-label={strings.result.verdictLabel}>
          <p role="alert" className="verdict" data-testid="verdict">
            {strings.result.messageError(report.error)}
          </p>
        </section>
      ) : (
        <PlainAnswer report={report} />
      )}
      <ComparisonSummary report={report} />
    </header>
  );
}
