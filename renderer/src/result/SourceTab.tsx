// The shown message's raw headers and whole source, asked of main when the tab is first shown. Shown as
// text only: React puts the strings in text nodes of a <pre>, so a <script> in a mail is just characters.

import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';

import type { OpenedMail } from '../../../shared/ipc/contract';
import type { MessageReport } from '../../../shared/model/report';
import { formatSize } from '../format';
import { useMailLens } from '../store';
import { CopyButton } from '../ui/CopyButton';
import { loadMessageSource, useMessageSource } from './source-data';

export function SourceTab({ report }: { readonly report: MessageReport }) {
  const mail = useMailLens((state) => state.mail);
  return mail ? <SourceOf mail={mail} report={report} /> : null;
}

function SourceOf({ mail, report }: { readonly mail: OpenedMail; readonly report: MessageReport }) {
  const source = useMessageSource(mail, report.index);
  const { t } = useTranslation('ui');
  useEffect(() => void loadMessageSource(mail, report.index), [mail, report.index]);

  if (!source || source.status === 'loading') {
    return (
      <div className="source" data-testid="source" aria-busy="true">
        <p role="status" className="muted">
          {t('source.loading')}
        </p>
      </div>
    );
  }
  if (source.status === 'failed') {
    return (
      <div className="source" data-testid="source">
        <p role="alert" className="error-text" data-testid="source-error">
          {t('source.failed', { error: source.error })}
        </p>
      </div>
    );
  }
  return (
    <div className="source" data-testid="source">
      <p className="muted">{t('source.note')}</p>
      <section aria-labelledby="source-headers-title">
        <div className="source-head">
          <h3 id="source-headers-title">{t('source.headersTitle')}</h3>
          <CopyButton text={source.headers} label={t('source.copyHeaders')} />
        </div>
        <pre className="source-text" data-testid="raw-headers" tabIndex={0} aria-label={t('source.headersLabel')}>
          {source.headers}
        </pre>
      </section>
      <section aria-labelledby="source-text-title">
        <div className="source-head">
          <h3 id="source-text-title">{t('source.sourceTitle')}</h3>
          <span className="muted">{t('source.size', { size: formatSize(source.size) })}</span>
        </div>
        {source.truncated && <p className="notice">{t('source.truncated')}</p>}
        <pre className="source-text" data-testid="raw-source" tabIndex={0} aria-label={t('source.sourceLabel')}>
          {source.text}
        </pre>
      </section>
    </div>
  );
}
