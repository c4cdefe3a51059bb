// The verdict and one plain answer for the chosen way of reading: whether opening the mail told someone,
// who, and what they learned. The reading-mode choice sits here, as it changes both (and every finding's
// "would have learned" list below).

import { useTranslation } from 'react-i18next';

import { readingOutcome } from '../../../shared/analysis/reading-outcome';
import type { MessageReport } from '../../../shared/model/report';
import { useSaid } from '../i18n';
import { useMailLens } from '../store';
import { ReadingModeSelect } from './ReadingModeSelect';

export function PlainAnswer({ report }: { readonly report: MessageReport }) {
  const { t } = useTranslation('ui');
  const said = useSaid();
  const mode = useMailLens((state) => state.readingMode);
  const outcome = readingOutcome(report, mode);
  return (
    <section className="verdict-box" data-tone={outcome.verdict.level} aria-label={t('answer.verdictLabel')}>
      <p className="verdict" data-testid="verdict">
        {outcome.verdict.says.map((item) => said(item)).join('; ')}
      </p>
      <p className="plain-answer" data-testid="plain-answer" aria-live="polite">
        {outcome.answer.map((item) => said(item)).join(' ')}
      </p>
      <ReadingModeSelect />
    </section>
  );
}
