// The attachments by name, type, size and SHA-256 (to look them up elsewhere). Never opened.

import { useTranslation } from 'react-i18next';

import type { MessageReport } from '../../../shared/model/report';
import { formatSize } from '../format';

export function AttachmentsTab({ report }: { readonly report: MessageReport }) {
  const { t } = useTranslation('ui');
  return (
    <div className="attachments" data-testid="attachments">
      <p className="muted">{t('attachments.note')}</p>
      {report.attachments.length === 0 ? (
        <p>{t('attachments.empty')}</p>
      ) : (
        <table className="attachment-table">
          <thead>
            <tr>
              <th scope="col">{t('attachments.name')}</th>
              <th scope="col">{t('attachments.type')}</th>
              <th scope="col">{t('attachments.size')}</th>
              <th scope="col">{t('attachments.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {report.attachments.map((attachment) => (
              <tr key={attachment.sha256 + attachment.filename} data-testid="attachment">
                <td>{attachment.filename}</td>
                <td>{attachment.contentType}</td>
                <td>{formatSize(attachment.size)}</td>
                <td>
                  <code className="hash">{attachment.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.attachedMessages > 0 && <p>{t('attachments.attachedMessages', { count: report.attachedMessages })}</p>}
    </div>
  );
}
