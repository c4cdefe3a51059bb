// Every link: the trackers and wrappers it goes through, where it really leads (or why that cannot be
// known without clicking), and the parameters that identify the reader. Links are never opened.

import type { LinkReport } from '../../../shared/analysis/analyse-links';
import type { MessageReport } from '../../../shared/model/report';
import { useTranslation } from 'react-i18next';

import { strings } from '../strings';
import { CopyButton } from '../ui/CopyButton';

function LinkItem({ link }: { readonly link: LinkReport }) {
  const { t } = useTranslation('ui');
  return (
    <li className="link" data-testid="link" data-tracked={link.tracker !== null || link.wrappers.length > 0}>
      <code className="url">{link.url}</code>
      {link.tracker && <p className="tracked">{t('links.trackedBy', { name: link.tracker.name })}</p>}
      {link.wrappers.length > 0 && (
        <p>
          <strong>{t('links.wrappers')}</strong>{' '}
          {link.wrappers.map((wrapper, index) => (
            <span key={`${index}-${wrapper.id}`} className="wrapper" title={strings.findings.source(wrapper.source)}>
              {index > 0 && t('links.wrapperSeparator')}
              {wrapper.name}
            </span>
          ))}
        </p>
      )}
      <p>
        <strong>{link.destination ? t('links.destination') : t('links.noDestination')}</strong>{' '}
        {link.destination ? <code className="url">{link.destination}</code> : null}{' '}
        <span className="muted">{link.destinationNote}</span>
      </p>
      {link.identifyingParameters.length > 0 && (
        <div>
          <strong>{t('links.parameters')}</strong>
          <ul className="parameters">
            {link.identifyingParameters.map((parameter) => (
              <li key={`${parameter.name}=${parameter.value}`} data-personal={parameter.personal}>
                <span className="tag" data-personal={parameter.personal}>
                  {parameter.personal ? t('links.personal') : t('links.campaign')}
                </span>{' '}
                {t('links.parameterText', { name: parameter.name, value: parameter.value, says: parameter.says })}
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
        <CopyButton text={link.url} label={t('links.copy')} />
        {link.destination && link.destination !== link.url && (
          <CopyButton text={link.destination} label={t('links.copyDestination')} />
        )}
      </div>
    </li>
  );
}

export function LinksTab({ report }: { readonly report: MessageReport }) {
  const { t } = useTranslation('ui');
  return (
    <div className="links" data-testid="links">
      <p className="muted">{t('links.note')}</p>
      {report.links.length === 0 ? (
        <p>{t('links.empty')}</p>
      ) : (
        <ul className="link-list" aria-label={t('links.label')}>
          {report.links.map((link, index) => (
            <LinkItem key={`${index}-${link.url}`} link={link} />
          ))}
        </ul>
      )}
    </div>
  );
}
