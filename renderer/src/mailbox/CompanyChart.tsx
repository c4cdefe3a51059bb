// Top tracking companies as horizontal bars; each bar is a button that filters the table by its company
// (pressed when it does). The buttons' labels carry the figures, so the chart reads as well as it looks.

import type { MailboxOverview } from '../../../shared/model/mailbox';
import { changeQuery } from './mailbox-data';
import { useMailboxView } from './mailbox-store';
import { formatCount, formatShare } from './progress-text';
import { ui } from '../i18n';

const SHOWN = 10;

export function CompanyChart({ overview }: { readonly overview: MailboxOverview }) {
  const filtered = useMailboxView((state) => state.query.company);
  const companies = overview.companies.slice(0, SHOWN);
  const most = companies[0]?.messages ?? 1;
  return (
    <figure className="chart" aria-labelledby="company-chart-title">
      <h2 id="company-chart-title">{ui('mailbox.companiesTitle')}</h2>
      <figcaption className="muted">{ui('mailbox.companiesCaption')}</figcaption>
      {companies.length === 0 ? (
        <p className="muted">{ui('mailbox.noCompanies')}</p>
      ) : (
        <ul className="bar-chart" data-testid="company-chart">
          {companies.map(({ company, messages }) => (
            <li key={company}>
              <button
                type="button"
                className="bar-row"
                data-testid="company-bar"
                data-company={company}
                aria-pressed={filtered === company}
                aria-label={ui('mailbox.companyBar', {
                  company,
                  count: messages,
                  share: formatShare(messages, overview.messages),
                })}
                onClick={() => changeQuery({ company: filtered === company ? null : company })}
              >
                <span className="bar-label">{company}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(messages / most) * 100}%` }} />
                </span>
                <span className="bar-value" aria-hidden="true">
                  {formatCount(messages)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
