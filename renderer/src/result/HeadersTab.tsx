// What the headers say: read receipts, unsubscribe, sending platform, DKIM, authentication results and
// the mail's path. (The report carries these analysed parts, not the raw header list.)

import type { ReactNode } from 'react';

import type { MessageReport } from '../../../shared/model/report';
import { formatDate, formatDelay } from '../format';
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
  const s = strings.headers;
  return (
    <div className="headers" data-testid="headers">
      <Section title={s.readReceipt} empty={whenEmpty(readReceipt, s.noReadReceipt)}>
        <ul>
          {readReceipt.map((request) => (
            <li key={`${request.header}-${request.address}`}>
              {s.readReceiptText(request.header, request.address, request.says)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.unsubscribe} empty={listUnsubscribe ? null : s.noUnsubscribe}>
        <ul>
          {[...(listUnsubscribe?.urls ?? []), ...(listUnsubscribe?.mailto ?? [])].map((target) => (
            <li key={target}>
              <code className="url">{target}</code>
            </li>
          ))}
        </ul>
        {listUnsubscribe?.oneClick && <p>{s.oneClick}</p>}
      </Section>
      <Section title={s.platform} empty={whenEmpty(platform, s.noPlatform)}>
        <ul>
          {platform.map((match) => (
            <li key={match.platform}>
              <strong>{s.platformText(match.platform, match.company)}</strong>
              <br />
              <span className="muted">{s.evidence(strings.format.list(match.evidence))}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.dkim} empty={whenEmpty(authentication.dkim, s.noDkim)}>
        <ul>
          {authentication.dkim.map((signature) => (
            <li key={`${signature.domain}-${signature.selector}`}>
              {s.dkimText(signature.domain, signature.selector)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.authentication} empty={whenEmpty(authentication.authentication, s.noAuthentication)}>
        <ul>
          {authentication.authentication.map((result, index) => (
            <li key={`${index}-${result.method}`} data-result={result.result}>
              {s.authenticationText(result.method, result.result, result.detail)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.received} empty={whenEmpty(authentication.received, s.noReceived)}>
        <table className="hops">
          <thead>
            <tr>
              <th scope="col">{s.hopFrom}</th>
              <th scope="col">{s.hopBy}</th>
              <th scope="col">{s.hopDate}</th>
              <th scope="col">{s.hopDelay}</th>
            </tr>
          </thead>
          <tbody>
            {authentication.received.map((hop, index) => (
              <tr key={index}>
                <td>{hop.from || s.unknown}</td>
                <td>{hop.by || s.unknown}</td>
                <td>{hop.date ? formatDate(hop.date) : s.unknown}</td>
                <td>{hop.delaySeconds === null ? '' : formatDelay(hop.delaySeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={s.bodies} empty={null}>
        <p>{strings.format.list(report.bodies)}</p>
      </Section>
      {warnings.length > 0 && (
        <Section title={s.warnings} empty={null}>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Section>
      )}
      <p className="muted">{s.rawNote}</p>
    </div>
  );
}
