// "Compare with another copy…" in the mail's toolbar; File > Compare with Another Copy… reaches the
// same action (main sends 'app:compare-requested' to the page, which knows the shown message).

import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';

import { useMailLens } from '../store';
import { compareWithCopy } from './compare-copy';

export function CompareButton() {
  const { t } = useTranslation('ui');
  const comparing = useMailLens((state) => state.comparison?.status === 'comparing');
  useEffect(() => window.maillens.onCompareRequested(() => void compareWithCopy()), []);
  return (
    <button
      type="button"
      data-testid="compare"
      title={t('compare.buttonHint')}
      disabled={comparing}
      onClick={() => void compareWithCopy()}
    >
      {t('compare.button')}
    </button>
  );
}
