// Main's reading of the mailbox: a bar, messages and megabytes read, the rate and the time left, and
// Cancel; once reading has ended, one line saying how it ended.

import { strings } from '../strings';
import { cancelReading } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { describeEnd, describeProgress } from './progress-text';

export function MailboxProgressBar() {
  const progress = useMailboxView((state) => state.progress);
  const state = progress?.state ?? 'reading';
  if (progress && state !== 'reading') {
    return (
      <div className="mailbox-progress" data-testid="mailbox-state" data-state={state}>
        <p role="status" className={state === 'done' ? 'muted' : 'notice'}>
          {describeEnd(progress)}
          {progress.skipped > 0 && ` ${strings.mailbox.skipped(progress.skipped)}`}
        </p>
      </div>
    );
  }
  const text = progress ? describeProgress(progress) : { fraction: null, parts: [strings.mailbox.reading] };
  return (
    <div className="mailbox-progress" data-testid="mailbox-state" data-state="reading">
      <progress
        data-testid="mailbox-progress"
        aria-label={strings.mailbox.progressLabel}
        {...(text.fraction !== null ? { value: text.fraction, max: 1 } : {})}
      />
      <span className="muted mailbox-progress-text" data-testid="mailbox-progress-text">
        {text.parts.join(' · ')}
      </span>
      <button type="button" className="small" data-testid="mailbox-cancel" onClick={cancelReading}>
        {strings.mailbox.cancel}
      </button>
    </div>
  );
}
