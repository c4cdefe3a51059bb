// The recent files main remembers: shown by name and folder, opened by their index in main's list.

import { useEffect, useState } from 'react';

import type { RecentFile } from '../../../shared/ipc/contract';
import { openRecent } from '../open-mail';
import { strings } from '../strings';

export function RecentFiles() {
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    window.maillens.recentFiles().then(
      (files) => live && setRecent(files),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{strings.start.recentTitle}</h2>
      {recent.length === 0 ? (
        <p className="muted">{strings.start.recentEmpty}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((file) => (
            <li key={file.index}>
              <button
                type="button"
                className="recent-file"
                data-testid="recent-file"
                aria-label={strings.start.recentLabel(file.fileName, file.folder)}
                onClick={() => void openRecent(file)}
              >
                <span className="recent-name">{file.fileName}</span>
                <span className="recent-folder">{file.folder}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
