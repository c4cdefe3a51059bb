// "If you read this in:": how the ways of reading mail change what a fetch on opening reveals.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReadingMode } from '../../../shared/knowledge/what-a-fetch-reveals';
import { useMailLens } from '../store';

export const MODES: readonly ReadingMode[] = ['direct', 'gmail', 'apple-mpp', 'outlook-default', 'thunderbird-default'];

export function ReadingModeSelect() {
  const { t } = useTranslation('ui');
  const id = useId();
  const mode = useMailLens((state) => state.readingMode);
  const setReadingMode = useMailLens((state) => state.setReadingMode);
  return (
    <div className="reading-mode">
      <label htmlFor={id}>{t('answer.readingMode')}</label>
      <select
        id={id}
        data-testid="reading-mode"
        value={mode}
        onChange={(event) => {
          const chosen = MODES.find((option) => option === event.target.value);
          if (chosen) setReadingMode(chosen);
        }}
      >
        {MODES.map((option) => (
          <option key={option} value={option}>
            {t(`mode.${option}.label`, { ns: 'engine' })}
          </option>
        ))}
      </select>
    </div>
  );
}
