// For an mbox: which of its messages is shown (the others' previews are asked for on demand).

import { useId } from 'react';

import type { OpenedMail } from '../../../shared/ipc/contract';
import { showMessage } from '../open-mail';
import { useMailLens } from '../store';
import { strings } from '../strings';

export function MessagePicker({ mail }: { readonly mail: OpenedMail }) {
  const id = useId();
  const position = useMailLens((state) => state.message);
  return (
    <div className="message-picker">
      <label htmlFor={id}>{strings.result.picker}</label>
      <select
        id={id}
        data-testid="message-picker"
        value={position}
        onChange={(event) => void showMessage(Number(event.target.value))}
      >
        {mail.messages.map((message, index) => (
          <option key={message.index} value={index}>
            {message.error
              ? strings.result.pickerFailed(message.index)
              : strings.result.pickerOption(message.index, message.subject || strings.result.noSubject)}
          </option>
        ))}
      </select>
      <span className="muted">{strings.result.messageCount(mail.messages.length)}</span>
    </div>
  );
}
