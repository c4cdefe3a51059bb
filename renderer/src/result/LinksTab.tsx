// Every link: the trackers and wrappers it goes through, where it really leads (or why that cannot be
// known without clicking), and the parameters that identify the reader. Links are never opened.

import type { LinkReport } from '../../../shared/analysis/analyse-links';
import type { MessageReport } from '../../../shared/model/report';
import { strings } from '../strings';
import { CopyButton } from '../ui/CopyButton';

function LinkItem({ link }: { readonly link: LinkReport }) {
  return (
    <li className="link" data-testid="link" data-tracked={link.tracker !== null || link.wrappers.length > 0}>
      <code className="url">{link.url}</code>
      {link.tracker && <p className="tracked">{strings.links.trackedBy(link.tracker.name)}</p>}
      {link.wrappers.length > 0 && (
        <p>
          <strong>{strings.links.wrappers}</strong>{' '}
          {link.wrappers.map((wrapper, index) => (
            <span key={`${index}-${wrapper.id}`} className="wrapper" title={strings.findings.source(wrapper.source)}>
              {index > 0 && strings.links.wrapperSeparator}
              {wrapper.name}
            </span>
          ))}
        </p>
      )}
      <p>
        <strong>{link.destination ? strings.links.destination : strings.links.noDestination}</strong>{' '}
        {link.destination ? <code className="url">{link.destination}</code> : null}{' '}
        <span className="muted">{link.destinationNote}</span>
      </p>
      {link.identifyingParameters.length > 0 && (
        <div>
          <strong>{strings.links.parameters}</strong>
          <ul className="parameters">
            {link.identifyingParameters.map((parameter) => (
              <li key={`${parameter.name}=${parameter.value}`} data-personal={parameter.personal}>
                <span className="tag" data-personal={parameter.personal}>
                  {parameter.personal ? strings.links.personal : strings.links.campaign}
                </span>{' '}
                {strings.links.parameterText(parameter.name, parameter.value, parameter.says)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {link.recipientLeak.length > 0 && (
        <ul className="leaks" aria-label={strings.findings.leaks}>
          {link.recipientLeak.map((leak) => (
            <li key={`${leak.encoding}-${leak.where}`}>
              {strings.findings.leakText(leak.address, leak.encoding, leak.where)}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <CopyButton text={link.url} label={strings.links.copy} />
        {link.destination && link.destination !== link.url && (
          <CopyButton text={link.destination} label={strings.links.copyDestination} />
        )}
      </div>
    </li>
  );
}

export function LinksTab({ report }: { readonly report: MessageReport }) {
  return (
    <div className="links" data-testid="links">
      <p className="muted">{strings.links.note}</p>
      {report.links.length === 0 ? (
        <p>{strings.links.empty}</p>
      ) : (
        <ul className="link-list" aria-label={strings.links.label}>
          {report.links.map((link, index) => (
            <LinkItem key={`${index}-${link.url}`} link={link} />
          ))}
        </ul>
      )}
    </div>
  );
}
