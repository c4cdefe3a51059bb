// The recent files main remembers: shown by name and folder, opened by their index in main's list.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RecentFile } from '../../../shared/ipc/contract';
import { openRecent } from '../open-mail';

export function RecentFiles() {
  const { t } = useTranslation('ui');
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
      <h2 id="recent-title">{t('start.recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('start.recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((file) => (
            <li key={file.index}>
              <button
                type="button"
                className="recent-file"
                data-testid="recent-file"
                aria-label={t('start.recentLabel', { fileName: file.fileName, folder: file.folder })}
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
