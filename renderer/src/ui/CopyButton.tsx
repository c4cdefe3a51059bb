// Copies a URL for the reader to examine elsewhere. MailLens itself never opens a link.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Main writes the clipboard (the page has no clipboard permission: every permission is denied). */
async function copyText(text: string): Promise<boolean> {
  try {
    await window.maillens.copyText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation('ui');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setState((await copyText(text)) ? 'copied' : 'failed');
  return (
    <span className="copy">
      <button type="button" className="small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('links.copied') : state === 'failed' ? t('links.copyFailed') : ''}
      </span>
    </span>
  );
}
