// Main's reading of the mailbox: a bar, messages and megabytes read, the rate and the time left, and
// Cancel; once reading has ended, one line saying how it ended.

import { cancelReading } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { describeEnd, describeProgress } from './progress-text';
import { ui } from '../i18n';

export function MailboxProgressBar() {
  const progress = useMailboxView((state) => state.progress);
  const state = progress?.state ?? 'reading';
  if (progress && state !== 'reading') {
    return (
      <div className="mailbox-progress" data-testid="mailbox-state" data-state={state}>
        <p role="status" className={state === 'done' ? 'muted' : 'notice'}>
          {describeEnd(progress)}
          {progress.skipped > 0 && ` ${ui('mailbox.skipped', { count: progress.skipped })}`}
        </p>
      </div>
    );
  }
  const text = progress ? describeProgress(progress) : { fraction: null, parts: [ui('mailbox.reading')] };
  return (
    <div className="mailbox-progress" data-testid="mailbox-state" data-state="reading">
      <progress
        data-testid="mailbox-progress"
        aria-label={ui('mailbox.progressLabel')}
        {...(text.fraction !== null ? { value: text.fraction, max: 1 } : {})}
      />
      <span className="muted mailbox-progress-text" data-testid="mailbox-progress-text">
        {text.parts.join(' · ')}
      </span>
      <button type="button" className="small" data-testid="mailbox-cancel" onClick={cancelReading}>
        {ui('mailbox.cancel')}
      </button>
    </div>
  );
}
