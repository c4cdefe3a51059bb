// For an mbox: which of its messages is shown (the others' previews are asked for on demand).

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { OpenedMail } from '../../../shared/ipc/contract';
import { showMessage } from '../open-mail';
import { useMailLens } from '../store';

export function MessagePicker({ mail }: { readonly mail: OpenedMail }) {
  const { t } = useTranslation('ui');
  const id = useId();
  const position = useMailLens((state) => state.message);
  return (
    <div className="message-picker">
      <label htmlFor={id}>{t('picker.label')}</label>
      <select
        id={id}
        data-testid="message-picker"
        value={position}
        onChange={(event) => void showMessage(Number(event.target.value))}
      >
        {mail.messages.map((message, index) => (
          <option key={message.index} value={index}>
            {message.error
              ? t('picker.failed', { index: message.index })
              : t('picker.option', { index: message.index, subject: message.subject || t('picker.noSubject') })}
          </option>
        ))}
      </select>
      <span className="muted">{t('picker.messageCount', { count: mail.messages.length })}</span>
    </div>
  );
}
