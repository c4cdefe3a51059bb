// A file that could not be opened: main's one-line reason, and the way back.

import { chooseAndOpen } from '../open-mail';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

export function ErrorScreen() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const failure = useMailLens((state) => state.failure);
  const leave = useMailLens((state) => state.leave);
  return (
    <main className="error" data-testid="error">
      <h1 ref={heading} tabIndex={-1}>
        {strings.error.title}
      </h1>
      {failure?.fileName && <p className="error-file">{strings.error.fileName(failure.fileName)}</p>}
      <p role="alert" className="error-text" data-testid="error-text">
        {failure?.error}
      </p>
      <div className="actions">
        <button type="button" className="primary" data-testid="back" onClick={leave}>
          {strings.error.back}
        </button>
        <button type="button" onClick={() => void chooseAndOpen()}>
          {strings.error.openAnother}
        </button>
      </div>
    </main>
  );
}
