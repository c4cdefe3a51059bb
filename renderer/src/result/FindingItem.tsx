// One finding in the list: its number (as on its marker), who runs it, how sure that is and why, and
// what the fetch would have told them. The sources are in each statement's title and in the details.

import type { Ref } from 'react';

import { learnedSaids, nothingLearned } from '../../../shared/analysis/reading-outcome';
import { ComparisonNote, IdentificationTag } from '../compare/ComparisonNote';
import { READING_MODES, type ReadingMode } from '../../../shared/knowledge/what-a-fetch-reveals';
import { useSaid } from '../i18n';
import { certaintyLabel, countryName, findingTitle, identifiesLabel } from '../findings/describe-finding';
import type { NumberedFinding } from '../findings/order-findings';
import { strings } from '../strings';

interface Props {
  readonly ref: Ref<HTMLDivElement>;
  readonly entry: NumberedFinding;
  readonly selected: boolean;
  /** The one item reached with Tab (roving tabindex); arrows move between the others. */
  readonly tabStop: boolean;
  /** Whether the preview has a marker for it; null when there is no preview to tell. */
  readonly marked: boolean | null;
  readonly readingMode: ReadingMode;
  readonly onFocus: () => void;
  readonly onSelect: () => void;
}

export function FindingItem({ ref, entry, selected, tabStop, marked, readingMode, onFocus, onSelect }: Props) {
  const { index, number, finding } = entry;
  const title = findingTitle(finding);
  const certainty = certaintyLabel(finding);
  const runner = finding.tracker ?? finding.operator;
  const mode = READING_MODES[readingMode];
  const said = useSaid();
  const learned = learnedSaids(finding, readingMode);
  return (
    <div
      ref={ref}
      role="option"
      className="finding"
      data-testid="finding"
      data-finding-index={index}
      data-certainty={finding.certainty}
      aria-selected={selected}
      aria-label={strings.findings.itemLabel(number, title, certainty)}
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      onClick={onSelect}
    >
      <div className="finding-head">
        <span className="badge" data-certainty={finding.certainty} aria-hidden="true">
          {strings.findings.number(number)}
        </span>
        <span className="finding-title">{title}</span>
      </div>
      {runner && (
        <p className="finding-company">
          {strings.findings.company(runner.company, countryName(runner.country), runner.eea)}
        </p>
      )}
      <p className="finding-tags">
        <span className="certainty-label" data-certainty={finding.certainty}>
          {certainty}
        </span>
        <span>{strings.trigger[finding.trigger]}</span>
        <IdentificationTag index={index} label={identifiesLabel(finding)} />
      </p>
      <ComparisonNote index={index} />
      {finding.signals.length > 0 && (
        <ul className="signals" aria-label={said({ id: 'signals.title' }, 'ui')}>
          {finding.signals.map((signal) => (
            <li key={`${signal.id}-${signal.says}`} data-weight={signal.weight}>
              {signal.weight === 'against'
                ? said({ id: 'signals.against', params: { says: signal.text } }, 'ui')
                : said(signal.text)}
            </li>
          ))}
        </ul>
      )}
      <p className="learned-title">{said({ id: 'learning.title' }, 'ui')}</p>
      <ul className="learned" data-testid="learned">
        {learned.map((item) => (
          <li
            key={item.fact}
            data-fact={item.fact}
            title={said({ id: 'learning.source', params: { source: item.source } }, 'ui')}
          >
            {said(item.said)}
          </li>
        ))}
        {learned.length === 0 && <li data-fact="none">{said(nothingLearned(readingMode))}</li>}
      </ul>
      {finding.trigger === 'open' && (
        <p className="reading-note" title={said({ id: 'learning.source', params: { source: mode.source } }, 'ui')}>
          <strong>
            {said({ id: 'learning.modeNote', params: { mode: { id: `mode.${readingMode}.short` } } }, 'ui')}
          </strong>{' '}
          {said({ id: `mode.${readingMode}.says` })}
        </p>
      )}
      {marked === false && <p className="muted">{strings.findings.noMarker}</p>}
    </div>
  );
}
