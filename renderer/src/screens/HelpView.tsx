// "What is a tracking pixel?", offline, in plain words (texts in strings/en.ts).

import { useEffect } from 'react';

import { useMailLens } from '../store';
import { strings } from '../strings';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

export function HelpView() {
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
        {strings.help.title}
      </h1>
      {strings.help.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <button type="button" className="primary" data-testid="help-back" onClick={leave}>
        {strings.help.back}
      </button>
    </main>
  );
}
