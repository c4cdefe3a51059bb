// The overview by sender (organisation / domain): messages, the share tracked, the tracking companies,
// how many identify the reader and the companies' countries outside the EEA. A sender's name filters the
// message table by it.

import type { MailboxOverview, SenderOverviewRow } from '../../../shared/model/mailbox';
import { changeQuery } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { formatCount, formatShare } from './progress-text';
import { engine, ui } from '../i18n';

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
          title={ui('mailbox.filterSender', { domain: sender.domain || ui('mailbox.noDomain') })}
          onClick={() => changeQuery({ senderDomain: filtered ? null : sender.domain })}
        >
          <span className="sender-organisation">{sender.organisation || sender.domain || ui('mailbox.noDomain')}</span>
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
        {sender.companies.length ? engine.list(sender.companies) : ui('mailbox.none')}
        {sender.countriesOutsideEea.length > 0 && (
          <span className="outside-eea">
            {ui('mailbox.outsideEea', { countries: sender.countriesOutsideEea.join(', ') })}
          </span>
        )}
      </td>
    </tr>
  );
}

export function SenderTable({ overview }: { readonly overview: MailboxOverview }) {
  const all = useMailboxView((state) => state.allSenders);
  const filtered = useMailboxView((state) => state.query.senderDomain);
  const senders = all ? overview.senders : overview.senders.slice(0, SHOWN);
  return (
    <section className="senders" aria-labelledby="senders-title">
      <h2 id="senders-title">{ui('mailbox.sendersTitle')}</h2>
      <table className="sender-table" data-testid="sender-table">
        <caption className="muted">{ui('mailbox.sendersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ui('mailbox.senderColumns.sender')}</th>
            <th scope="col" className="number">
              {ui('mailbox.senderColumns.messages')}
            </th>
            <th scope="col" className="number">
              {ui('mailbox.senderColumns.tracked')}
            </th>
            <th scope="col" className="number">
              {ui('mailbox.senderColumns.identifies')}
            </th>
            <th scope="col">{ui('mailbox.senderColumns.companies')}</th>
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
          {all ? ui('mailbox.showFewerSenders') : ui('mailbox.showAllSenders', { count: overview.senders.length })}
        </button>
      )}
    </section>
  );
}
