// The selected finding with its evidence: the URL, where it sits, what hides it, how the tracker was
// recognised, what ties it to the reader, and every statement with its source.

import type { ReactNode } from 'react';

import { learnedSaids, nothingLearned } from '../../../shared/analysis/reading-outcome';
import { READING_MODES, type ReadingMode } from '../../../shared/knowledge/what-a-fetch-reveals';
import { useSaid } from '../i18n';
import type { NumberedFinding } from '../findings/order-findings';
import { strings } from '../strings';
import { CopyButton } from '../ui/CopyButton';

function Field({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Sourced({ says, source }: { readonly says: string; readonly source: string }) {
  const said = useSaid();
  return (
    <details className="sourced">
      <summary>{says}</summary>
      <p className="muted">
        {said({ id: 'learning.source', params: { source: '' } }, 'ui')}
        {/* Sources are titles of documents, quoted as published (in English). */}
        <span lang="en" translate="no">
          {source}
        </span>
      </p>
    </details>
  );
}

export function FindingDetails({ entry, readingMode }: { entry?: NumberedFinding; readingMode: ReadingMode }) {
  const said = useSaid();
  if (!entry) {
    return (
      <section className="finding-details" aria-label={strings.findings.noneSelected}>
        <p className="muted">{strings.findings.noneSelected}</p>
      </section>
    );
  }
  const { number, finding } = entry;
  const { location, tracker } = finding;
  const mode = READING_MODES[readingMode];
  const learned = learnedSaids(finding, readingMode);
  const heading = strings.findings.details(number);
  return (
    <section className="finding-details" aria-label={heading} data-testid="finding-details">
      <h2>{heading}</h2>
      <dl className="fields">
        <Field name={strings.findings.url}>
          <code className="url">{finding.url}</code> <CopyButton text={finding.url} label={strings.findings.copyUrl} />
        </Field>
        <Field name={strings.findings.location}>
          {strings.findings.locationText(location.part, location.element, location.attribute, location.within)}
        </Field>
        {finding.declaredSize && (
          <Field name={strings.findings.size}>
            {strings.findings.sizeText(finding.declaredSize.width, finding.declaredSize.height)}
          </Field>
        )}
        {finding.hidden?.length ? (
          <Field name={strings.findings.hidden}>{strings.findings.hiddenText(finding.hidden)}</Field>
        ) : null}
        {finding.condition && (
          <Field name={strings.findings.condition}>{strings.findings.conditions[finding.condition]}</Field>
        )}
        {finding.resolvedFrom && <Field name={strings.findings.resolvedFrom}>{finding.resolvedFrom}</Field>}
        {finding.imageProxy && (
          <Field name={strings.findings.imageProxy}>
            <Sourced
              says={strings.findings.imageProxyText(finding.imageProxy.name)}
              source={finding.imageProxy.source}
            />{' '}
            <code className="url">{finding.imageProxy.original}</code>
          </Field>
        )}
        {tracker && (
          <Field name={strings.findings.recognised}>
            <Sourced
              says={strings.findings.recognisedText(strings.findings.matchedBy[tracker.matchedBy], tracker.evidence)}
              source={tracker.source}
            />
          </Field>
        )}
        {finding.recipientLeak.length > 0 && (
          <Field name={strings.findings.leaks}>
            <ul>
              {finding.recipientLeak.map((leak) => (
                <li key={`${leak.address}-${leak.encoding}-${leak.where}`}>
                  {strings.findings.leakText(leak.address, leak.encoding, leak.where)}
                </li>
              ))}
            </ul>
          </Field>
        )}
        {finding.tokens.length > 0 && (
          <Field name={strings.findings.tokens}>
            <ul>
              {finding.tokens.map((token) => (
                <li key={`${token.where}-${token.value}`}>
                  {strings.findings.tokenText(token.where, token.value, strings.findings.tokenReason[token.reason])}
                </li>
              ))}
            </ul>
          </Field>
        )}
        <Field name={said({ id: 'learning.title' }, 'ui')}>
          {learned.map((item) => (
            <Sourced key={item.fact} says={said(item.said)} source={item.source} />
          ))}
          {learned.length === 0 && <p>{said(nothingLearned(readingMode))}</p>}
          {finding.trigger === 'open' && (
            <Sourced
              says={`${said({ id: 'learning.modeNote', params: { mode: { id: `mode.${readingMode}.short` } } }, 'ui')} ${said({ id: `mode.${readingMode}.says` })}`}
              source={mode.source}
            />
          )}
        </Field>
      </dl>
    </section>
  );
}
