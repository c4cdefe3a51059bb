// "What is a tracking pixel?", offline, in plain words (texts in i18n/*/screens.ts).

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useMailLens } from '../store';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

/** The sections of the help, each with its number of paragraphs (keys help.<section>.p1…). */
const SECTIONS = [
  ['what', 2],
  ['reveals', 4],
  ['protects', 2],
  ['finds', 2],
] as const;

export function HelpView() {
  const { t } = useTranslation('ui');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const leave = useMailLens((state) => state.leave);
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') leave();
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [leave]);

  return (
    <main className="help" data-testid="help">
      <h1 ref={heading} tabIndex={-1}>
        {t('help.title')}
      </h1>
      {SECTIONS.map(([section, paragraphs]) => (
        <section key={section}>
          <h2>{t(`help.${section}.heading`)}</h2>
          {Array.from({ length: paragraphs }, (_, i) => (
            <p key={i}>{t(`help.${section}.p${i + 1}`)}</p>
          ))}
        </section>
      ))}
      <button type="button" className="primary" data-testid="help-back" onClick={leave}>
        {t('help.back')}
      </button>
    </main>
  );
}
