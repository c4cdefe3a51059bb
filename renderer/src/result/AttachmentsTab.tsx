// The attachments by name, type, size and SHA-256 (to look them up elsewhere). Never opened.

import type { MessageReport } from '../../../shared/model/report';
import { formatSize } from '../format';
import { strings } from '../strings';

export function AttachmentsTab({ report }: { readonly report: MessageReport }) {
  const s = strings.attachments;
  return (
    <div className="attachments" data-testid="attachments">
      <p className="muted">{s.note}</p>
      {report.attachments.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <table className="attachment-table">
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col">{s.type}</th>
              <th scope="col">{s.size}</th>
              <th scope="col">{s.sha256}</th>
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
      {report.attachedMessages > 0 && <p>{s.attachedMessages(report.attachedMessages)}</p>}
    </div>
  );
}
