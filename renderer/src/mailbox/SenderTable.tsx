// The overview by sender (organisation / domain): messages, the share tracked, the tracking companies,
// how many identify the reader and the companies' countries outside the EEA. A sender's name filters the
// message table by it.

import type { MailboxOverview, SenderOverviewRow } from '../../../shared/model/mailbox';
import { strings } from '../strings';
import { changeQuery } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { formatCount, formatShare } from './progress-text';

const SHOWN = 15;

function SenderRow({ sender, filtered }: { readonly sender: SenderOverviewRow; readonly filtered: boolean }) {
  const share = sender.tracked / Math.max(1, sender.messages);
  return (
    <tr data-testid="sender-row" data-domain={sender.domain}>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          aria-pressed={filtered}
          title={strings.mailbox.filterSender(sender.domain || strings.mailbox.noDomain)}
          onClick={() => changeQuery({ senderDomain: filtered ? null : sender.domain })}
        >
          <span className="sender-organisation">
            {sender.organisation || sender.domain || strings.mailbox.noDomain}
          </span>
          {sender.organisation && <span className="sender-domain muted">{sender.domain}</span>}
        </button>
      </th>
      <td className="number">{formatCount(sender.messages)}</td>
      <td className="number">
        <span className="share">
          <span className="share-bar" aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </span>
          {formatShare(sender.tracked, sender.messages)}
        </span>
      </td>
      <td className="number" data-identifies={sender.identifiesYou > 0 || undefined}>
        {formatCount(sender.identifiesYou)}
      </td>
      <td className="sender-companies">
        {sender.companies.length ? strings.format.list(sender.companies) : strings.mailbox.none}
        {sender.countriesOutsideEea.length > 0 && (
          <span className="outside-eea">{strings.mailbox.outsideEea(sender.countriesOutsideEea.join(', '))}</span>
        )}
      </td>
    </tr>
  );
}

export function SenderTable({ overview }: { readonly overview: MailboxOverview }) {
  const all = useMailboxView((state) => state.allSenders);
  const filtered = useMailboxView((state) => state.query.senderDomain);
  const columns = strings.mailbox.senderColumns;
  const senders = all ? overview.senders : overview.senders.slice(0, SHOWN);
  return (
    <section className="senders" aria-labelledby="senders-title">
      <h2 id="senders-title">{strings.mailbox.sendersTitle}</h2>
      <table className="sender-table" data-testid="sender-table">
        <caption className="muted">{strings.mailbox.sendersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.sender}</th>
            <th scope="col" className="number">
              {columns.messages}
            </th>
            <th scope="col" className="number">
              {columns.tracked}
            </th>
            <th scope="col" className="number">
              {columns.identifies}
            </th>
            <th scope="col">{columns.companies}</th>
          </tr>
        </thead>
        <tbody>
          {senders.map((sender) => (
            <SenderRow key={sender.domain} sender={sender} filtered={filtered === sender.domain} />
          ))}
        </tbody>
      </table>
      {overview.senders.length > SHOWN && (
        <button type="button" className="small" onClick={() => useMailboxView.setState({ allSenders: !all })}>
          {all ? strings.mailbox.showFewerSenders : strings.mailbox.showAllSenders(overview.senders.length)}
        </button>
      )}
    </section>
  );
}
