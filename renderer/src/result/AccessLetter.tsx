// "A letter to the sender": the access request of shared/rights/access-letter.ts, prefilled from the mail,
// in Dutch or English, to copy or save as a text file (main's save dialog writes it).

import { useTranslation } from 'react-i18next';
import { useId, useMemo, useState } from 'react';

import type { ExportOutcome } from '../../../shared/ipc/contract';
import type { MessageReport } from '../../../shared/model/report';
import { accessRequestLetter } from '../../../shared/rights/access-letter';
import type { Lang } from '../../../shared/rights/model';
import { ui } from '../i18n';
import { CopyButton } from '../ui/CopyButton';
import { defaultLetterLang, letterFileName } from './letter-file';

const LANGS: readonly Lang[] = ['nl', 'en'];

/** The letter's own language, not the window's: each language named in itself, and the file name in it. */
const LETTER_LANGUAGES: Readonly<Record<Lang, string>> = { nl: 'Nederlands', en: 'English' };
const LETTER_FILE_NAMES: Readonly<Record<Lang, string>> = { nl: 'inzageverzoek', en: 'access-request' };

type SaveState = { readonly status: 'saving' } | { readonly status: 'done'; readonly outcome: ExportOutcome };

function saveMessage(state: SaveState | null): string {
  if (!state) return '';
  if (state.status === 'saving') return ui('rights.saving');
  const { outcome } = state;
  switch (outcome.kind) {
    case 'saved':
      return ui('rights.saved', { fileName: outcome.fileName });
    case 'canceled':
      return ui('rights.saveCanceled');
    case 'failed':
      return ui('rights.saveFailed', { error: outcome.error });
  }
}

interface Props {
  readonly report: MessageReport;
  /** The sender's registrable domain, for the suggested file name. */
  readonly senderDomain: string;
}

export function AccessLetter({ report, senderDomain }: Props) {
  const id = useId();
  const { t } = useTranslation('ui');
  const [lang, setLang] = useState<Lang>(() => defaultLetterLang(report));
  const [save, setSave] = useState<SaveState | null>(null);
  const sender = report.from[0];
  const letter = useMemo(
    () =>
      accessRequestLetter(report, {
        lang,
        senderName: sender?.name,
        senderAddress: sender?.address,
        subject: report.subject,
      }),
    [report, lang, sender],
  );

  const saveLetter = async () => {
    setSave({ status: 'saving' });
    let outcome: ExportOutcome;
    try {
      outcome = await window.maillens.saveText(letter, letterFileName(LETTER_FILE_NAMES[lang], senderDomain));
    } catch (error) {
      outcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    setSave({ status: 'done', outcome });
  };

  return (
    <section className="access-letter" aria-labelledby={`${id}-title`} data-testid="access-letter">
      <h2 id={`${id}-title`}>{t('rights.letterTitle')}</h2>
      <p className="muted">{t('rights.letterIntro')}</p>
      <fieldset className="letter-lang">
        <legend>{t('rights.language')}</legend>
        {LANGS.map((option) => (
          <label key={option} lang={option}>
            <input
              type="radio"
              name={`${id}-lang`}
              value={option}
              data-testid={`letter-lang-${option}`}
              checked={lang === option}
              onChange={() => {
                setLang(option);
                setSave(null);
              }}
            />{' '}
            {LETTER_LANGUAGES[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-letter`} className="letter-label">
        {t('rights.letterLabel')}
      </label>
      <textarea
        id={`${id}-letter`}
        className="letter-text"
        data-testid="letter"
        lang={lang}
        readOnly
        rows={22}
        spellCheck={false}
        value={letter}
      />
      <div className="actions">
        <CopyButton text={letter} label={t('rights.copyLetter')} />
        <button
          type="button"
          className="small"
          data-testid="save-letter"
          disabled={save?.status === 'saving'}
          onClick={() => void saveLetter()}
        >
          {t('rights.saveLetter')}
        </button>
        <span role="status" className="copy-status" data-testid="letter-status">
          {saveMessage(save)}
        </span>
      </div>
    </section>
  );
}
