// The file's fingerprint under the mail's header: its SHA-256 (of the opened file, or of this message's
// own bytes when it was opened from a mailbox), to copy into notes or a complaint; and what came of the
// last report export or print.

import { useTranslation } from 'react-i18next';
import type { OpenedMail } from '../../../shared/ipc/contract';
import { useMailLens } from '../store';
import { CopyButton } from '../ui/CopyButton';
import { ReportStatusLine } from './ReportButtons';

export function EvidenceStrip({ mail }: { readonly mail: OpenedMail }) {
  const fromMailbox = useMailLens((state) => state.fromMailbox);
  const { t } = useTranslation('ui');
  const label = fromMailbox ? t('evidence.messageHash') : t('evidence.fileHash');
  return (
    <section className="evidence-strip" aria-label={t('evidence.label')}>
      <span className="evidence-hash" title={t('evidence.hashHint')}>
        <span className="muted">{label}</span>{' '}
        <code className="hash" data-testid="sha256">
          {mail.sha256}
        </code>{' '}
        <CopyButton text={mail.sha256} label={t('evidence.copyHash')} />
      </span>
      <ReportStatusLine />
    </section>
  );
}
