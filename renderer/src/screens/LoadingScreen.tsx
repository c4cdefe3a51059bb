// While main reads the file: its name, the progress main reports, and a way to stop.

import { useTranslation } from 'react-i18next';

import { cancelOpening } from '../open-mail';
import { useMailLens } from '../store';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

export function LoadingScreen() {
  const { t } = useTranslation('ui');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const progress = useMailLens((state) => state.progress);
  const fileName = useMailLens((state) => state.progress?.fileName ?? state.opening?.fileName ?? null);
  // One file is reported as 0 of 1, then 1 of 1: only a count of several says something.
  const known = progress !== null && progress.total > 1;
  return (
    <main className="loading" data-testid="loading" aria-busy="true">
      <h1 ref={heading} tabIndex={-1}>
        {t('loading.title')}
      </h1>
      <p className="loading-file">{fileName ? t('loading.fileName', { fileName }) : t('loading.noFileName')}</p>
      <progress
        aria-label={t('loading.progressLabel')}
        {...(known ? { value: progress.done, max: progress.total } : {})}
      />
      {known && <p className="muted">{t('loading.progress', { done: progress.done, total: progress.total })}</p>}
      <button type="button" data-testid="cancel" onClick={cancelOpening}>
        {t('loading.cancel')}
      </button>
    </main>
  );
}
