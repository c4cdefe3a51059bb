// "Compare with another copy…" in the mail's toolbar; File > Compare with Another Copy… reaches the
// same action (main sends 'app:compare-requested' to the page, which knows the shown message).

import { useEffect } from 'react';

import { useMailLens } from '../store';
import { strings } from '../strings';
import { compareWithCopy } from './compare-copy';

export function CompareButton() {
  const comparing = useMailLens((state) => state.comparison?.status === 'comparing');
  useEffect(() => window.maillens.onCompareRequested(() => void compareWithCopy()), []);
  return (
    <button
      type="button"
      data-testid="compare"
      title={strings.compare.buttonHint}
      disabled={comparing}
      onClick={() => void compareWithCopy()}
    >
      {strings.compare.button}
    </button>
  );
}
