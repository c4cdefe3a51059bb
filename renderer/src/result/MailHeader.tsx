// Who sent the mail, to whom, when, with which platform, and the verdict in one line.

import type { Ref } from 'react';

import type { OpenedMail } from '../../../shared/ipc/contract';
import type { MessageReport } from '../../../shared/model/report';
import { formatAddresses, formatDate } from '../format';
import { chooseAndOpen } from '../open-mail';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { MessagePicker } from './MessagePicker';

interface Props {
  readonly mail: OpenedMail;
  readonly report: MessageReport;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

function verdictTone(report: MessageReport): string {
  const verdict = report.verdict;
  if (!verdict) return 'unknown';
  if (verdict.identifiesYou > 0 || verdict.probablyIdentifiesYou > 0) return 'identifies';
  if (verdict.trackers > 0) return 'tracks';
  return verdict.possibleTrackers > 0 || verdict.otherRemoteContent > 0 ? 'remote' : 'clean';
}

export function MailHeader({ mail, report, headingRef }: Props) {
  const closeMail = useMailLens((state) => state.closeMail);
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
          <button type="button" onClick={() => void chooseAndOpen()}>
            {strings.result.openAnother}
          </button>
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
      <section className="verdict-box" data-tone={verdictTone(report)} aria-label={strings.result.verdictLabel}>
        {report.error ? (
          <p role="alert" className="verdict" data-testid="verdict">
            {strings.result.messageError(report.error)}
          </p>
        ) : (
          <p className="verdict" data-testid="verdict">
            {report.verdict?.summary}
          </p>
        )}
      </section>
    </header>
  );
}
