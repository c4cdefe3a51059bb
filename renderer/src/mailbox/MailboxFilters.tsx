// The message table's search and filters: tracked only, identifies you, by company, by sender.

import { useId } from 'react';

import { DEFAULT_MAILBOX_QUERY, type MailboxOverview } from '../../../shared/model/mailbox';
import { changeQuery } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { formatCount } from './progress-text';
import { ui } from '../i18n';

export function MailboxFilters({ overview }: { readonly overview: MailboxOverview | null }) {
  const id = useId();
  const query = useMailboxView((state) => state.query);
  const total = useMailboxView((state) => state.rows.total);
  const all = overview ? overview.messages + overview.errors : 0;
  const filtered =
    query.trackedOnly || query.identifiesOnly || query.company !== null || query.senderDomain !== null || query.text;
  return (
    <div className="mailbox-filters" role="search" aria-label={ui('mailbox.filters')}>
      <input
        type="search"
        id={`${id}-search`}
        data-testid="mailbox-search"
        aria-label={ui('mailbox.search')}
        placeholder={ui('mailbox.searchPlaceholder')}
        value={query.text}
        onChange={(event) => changeQuery({ text: event.target.value })}
      />
      <label className="check">
        <input
          type="checkbox"
          data-testid="filter-tracked"
          checked={query.trackedOnly}
          onChange={(event) => changeQuery({ trackedOnly: event.target.checked })}
        />
        {ui('mailbox.trackedOnly')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="filter-identifies"
          checked={query.identifiesOnly}
          onChange={(event) => changeQuery({ identifiesOnly: event.target.checked })}
        />
        {ui('mailbox.identifiesOnly')}
      </label>
      <label htmlFor={`${id}-company`} className="visually-hidden">
        {ui('mailbox.company')}
      </label>
      <select
        id={`${id}-company`}
        data-testid="filter-company"
        value={query.company ?? ''}
        onChange={(event) => changeQuery({ company: event.target.value || null })}
      >
        <option value="">{ui('mailbox.anyCompany')}</option>
        {query.company !== null && !overview?.companies.some((row) => row.company === query.company) && (
          <option value={query.company}>{query.company}</option>
        )}
        {overview?.companies.map(({ company, messages }) => (
          <option key={company} value={company}>
            {`${company} (${formatCount(messages)})`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sender`} className="visually-hidden">
        {ui('mailbox.sender')}
      </label>
      <select
        id={`${id}-sender`}
        data-testid="filter-sender"
        value={query.senderDomain ?? ''}
        onChange={(event) => changeQuery({ senderDomain: event.target.value || null })}
      >
        <option value="">{ui('mailbox.anySender')}</option>
        {overview?.senders
          .filter((sender) => sender.domain)
          .map(({ domain, messages }) => (
            <option key={domain} value={domain}>
              {`${domain} (${formatCount(messages)})`}
            </option>
          ))}
      </select>
      {filtered && (
        <button
          type="button"
          className="small"
          data-testid="clear-filters"
          onClick={() => changeQuery({ ...DEFAULT_MAILBOX_QUERY, sort: query.sort, descending: query.descending })}
        >
          {ui('mailbox.clearFilters')}
        </button>
      )}
      <span className="muted mailbox-count" data-testid="mailbox-count">
        {ui('mailbox.count', { shown: formatCount(total), total: formatCount(all) })}
      </span>
    </div>
  );
}
