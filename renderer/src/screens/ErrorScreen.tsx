// A file that could not be opened: main's one-line reason, and the way back.

import { useTranslation } from 'react-i18next';

import { chooseAndOpen } from '../open-mail';
import { useMailLens } from '../store';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

export function ErrorScreen() {
  const { t } = useTranslation('ui');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const failure = useMailLens((state) => state.failure);
  const leave = useMailLens((state) => state.leave);
  return (
    <main className="error" data-testid="error">
      <h1 ref={heading} tabIndex={-1}>
        {t('error.title')}
      </h1>
      {failure?.fileName && <p className="error-file">{t('error.fileName', { fileName: failure.fileName })}</p>}
      <p role="alert" className="error-text" data-testid="error-text">
        {failure?.error}
      </p>
      <div className="actions">
        <button type="button" className="primary" data-testid="back" onClick={leave}>
          {t('error.back')}
        </button>
        <button type="button" onClick={() => void chooseAndOpen()}>
          {t('error.openAnother')}
        </button>
      </div>
    </main>
  );
}
