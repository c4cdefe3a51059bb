// What the headers say: read receipts, unsubscribe, sending platform, DKIM, authentication results and
// the mail's path. (The report carries these analysed parts, not the raw header list.)

import type { ReactNode } from 'react';

import type { MessageReport } from '../../../shared/model/report';
import { formatDate, formatDelay } from '../format';
import { useTranslation } from 'react-i18next';

import { strings } from '../strings';

function Section({ title, empty, children }: { title: string; empty: string | null; children?: ReactNode }) {
  return (
    <section className="header-section">
      <h3>{title}</h3>
      {empty === null ? children : <p className="muted">{empty}</p>}
    </section>
  );
}

const whenEmpty = (items: readonly unknown[], text: string) => (items.length ? null : text);

export function HeadersTab({ report }: { readonly report: MessageReport }) {
  const { readReceipt, listUnsubscribe, platform, authentication, warnings } = report;
  const { t } = useTranslation('ui');
  return (
    <div className="headers" data-testid="headers">
      <Section title={t('headers.readReceipt')} empty={whenEmpty(readReceipt, t('headers.noReadReceipt'))}>
        <ul>
          {readReceipt.map((request) => (
            <li key={`${request.header}-${request.address}`}>
              {t('headers.readReceiptText', { header: request.header, address: request.address, says: request.says })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('headers.unsubscribe')} empty={listUnsubscribe ? null : t('headers.noUnsubscribe')}>
        <ul>
          {[...(listUnsubscribe?.urls ?? []), ...(listUnsubscribe?.mailto ?? [])].map((target) => (
            <li key={target}>
              <code className="url">{target}</code>
            </li>
          ))}
        </ul>
        {listUnsubscribe?.oneClick && <p>{t('headers.oneClick')}</p>}
      </Section>
      <Section title={t('headers.platform')} empty={whenEmpty(platform, t('headers.noPlatform'))}>
        <ul>
          {platform.map((match) => (
            <li key={match.platform}>
              <strong>{t('headers.platformText', { platform: match.platform, company: match.company })}</strong>
              <br />
              <span className="muted">{t('headers.evidence', { evidence: strings.format.list(match.evidence) })}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('headers.dkim')} empty={whenEmpty(authentication.dkim, t('headers.noDkim'))}>
        <ul>
          {authentication.dkim.map((signature) => (
            <li key={`${signature.domain}-${signature.selector}`}>
              {t('headers.dkimText', { domain: signature.domain, selector: signature.selector })}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={t('headers.authentication')}
        empty={whenEmpty(authentication.authentication, t('headers.noAuthentication'))}
      >
        <ul>
          {authentication.authentication.map((result, index) => (
            <li key={`${index}-${result.method}`} data-result={result.result}>
              {t(result.detail ? 'headers.authenticationTextDetail' : 'headers.authenticationText', {
                method: result.method,
                result: result.result,
                detail: result.detail,
              })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('headers.received')} empty={whenEmpty(authentication.received, t('headers.noReceived'))}>
        <table className="hops">
          <thead>
            <tr>
              <th scope="col">{t('headers.hopFrom')}</th>
              <th scope="col">{t('headers.hopBy')}</th>
              <th scope="col">{t('headers.hopDate')}</th>
              <th scope="col">{t('headers.hopDelay')}</th>
            </tr>
          </thead>
          <tbody>
            {authentication.received.map((hop, index) => (
              <tr key={index}>
                <td>{hop.from || t('headers.unknown')}</td>
                <td>{hop.by || t('headers.unknown')}</td>
                <td>{hop.date ? formatDate(hop.date) : t('headers.unknown')}</td>
                <td>{hop.delaySeconds === null ? '' : formatDelay(hop.delaySeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('headers.bodies')} empty={null}>
        <p>{strings.format.list(report.bodies)}</p>
      </Section>
      {warnings.length > 0 && (
        <Section title={t('headers.warnings')} empty={null}>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Section>
      )}
      <p className="muted">{t('headers.rawNote')}</p>
    </div>
  );
}
