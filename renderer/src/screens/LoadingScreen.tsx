// While main reads the file: its name, the progress main reports, and a way to stop.

import { cancelOpening } from '../open-mail';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

export function LoadingScreen() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const progress = useMailLens((state) => state.progress);
  const fileName = useMailLens((state) => state.progress?.fileName ?? state.opening?.fileName ?? null);
  // One file is reported as 0 of 1, then 1 of 1: only a count of several says something.
  const known = progress !== null && progress.total > 1;
  return (
    <main className="loading" data-testid="loading" aria-busy="true">
      <h1 ref={heading} tabIndex={-1}>
        {strings.loading.title}
      </h1>
      <p className="loading-file">{fileName ? strings.loading.fileName(fileName) : strings.loading.noFileName}</p>
      <progress
        aria-label={strings.loading.progressLabel}
        {...(known ? { value: progress.done, max: progress.total } : {})}
      />
      {known && <p className="muted">{strings.loading.progress(progress.done, progress.total)}</p>}
      <button type="button" data-testid="cancel" onClick={cancelOpening}>
        {strings.loading.cancel}
      </button>
    </main>
  );
}
