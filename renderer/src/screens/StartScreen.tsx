// The first screen: a drop zone (also a button that opens the dialog), "Open mail…" and recent files.

import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { chooseAndOpen, chooseFolder, openDropped } from '../open-mail';
import { OpenMailFirst } from '../result/ReportButtons';
import { useMailLens } from '../store';
import { useFocusOnMount } from '../ui/use-focus-on-mount';
import { RecentFiles } from './RecentFiles';

function DropZone() {
  const { t } = useTranslation('ui');
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState(false);
  const accept = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    const file = files[0];
    setRefused(files.length !== 1);
    if (files.length === 1 && file) void openDropped(file);
  };
  return (
    <>
      <button
        type="button"
        className="drop-zone"
        data-testid="drop-zone"
        data-dragging={dragging || undefined}
        aria-label={t('start.dropZoneLabel')}
        onClick={() => void chooseAndOpen()}
        onDragEnter={accept}
        onDragOver={accept}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <span className="drop-zone-title">{t('start.dropZone')}</span>
        <span className="drop-zone-hint">{t('start.dropZoneHint')}</span>
      </button>
      {refused && (
        <p role="alert" className="notice">
          {t('start.dropOneFile')}
        </p>
      )}
    </>
  );
}

export function StartScreen() {
  const { t } = useTranslation('ui');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const busy = useMailLens((state) => state.opening !== null);
  // File > Compare with another copy… with no mail open: say what comes first instead of doing nothing.
  const [compareFirst, setCompareFirst] = useState(false);
  useEffect(() => window.maillens.onCompareRequested(() => setCompareFirst(true)), []);
  return (
    <main className="start" data-testid="start" aria-busy={busy}>
      <h1 ref={heading} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <DropZone />
      <div className="start-actions">
        <button type="button" className="primary" data-testid="open" onClick={() => void chooseAndOpen()}>
          {t('start.open')}
        </button>
        <button type="button" data-testid="open-folder" onClick={() => void chooseFolder()}>
          {t('start.openFolder')}
        </button>
        <span role="status" className="muted">
          {busy ? t('start.opening') : ''}
        </span>
      </div>
      {compareFirst && (
        <p role="alert" className="notice" data-testid="compare-first">
          {t('start.compareFirst')}
        </p>
      )}
      <OpenMailFirst />
      <RecentFiles />
    </main>
  );
}
