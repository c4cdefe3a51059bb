// The file's fingerprint under the mail's header: its SHA-256 (of the opened file, or of this message's
// own bytes when it was opened from a mailbox), to copy into notes or a complaint; and what came of the
// last report export or print.

import type { OpenedMail } from '../../../shared/ipc/contract';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { CopyButton } from '../ui/CopyButton';
import { ReportStatusLine } from './ReportButtons';

export function EvidenceStrip({ mail }: { readonly mail: OpenedMail }) {
  const fromMailbox = useMailLens((state) => state.fromMailbox);
  const s = strings.evidence;
  const label = fromMailbox ? s.messageHash : s.fileHash;
  return (
    <section className="evidence-strip" aria-label={s.label}>
      <span className="evidence-hash" title={s.hashHint}>
        <span className="muted">{label}</span>{' '}
        <code className="hash" data-testid="sha256">
          {mail.sha256}
        </code>{' '}
        <CopyButton text={mail.sha256} label={s.copyHash} />
      </span>
      <ReportStatusLine />
    </section>
  );
}
