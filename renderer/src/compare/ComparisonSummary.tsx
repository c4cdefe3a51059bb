// What the comparison with another copy concluded, under the verdict: how many items carry a
// per-recipient id, which trackers, or why nothing could be proven (not a copy, the same reader).

import type { CopyComparison } from '../../../shared/analysis/compare-copies';
import type { MessageReport } from '../../../shared/model/report';
import { useMailLens } from '../store';
import { strings } from '../strings';
import './compare.css';

function Conclusion({ comparison }: { readonly comparison: CopyComparison }) {
  const { counts, summary } = comparison;
  switch (comparison.verdict) {
    case 'compared':
      return (
        <>
          <p className="comparison-verdict">
            {summary.references + summary.links > 0
              ? strings.compare.compared(summary.references, summary.links)
              : strings.compare.noneDiffer}
          </p>
          {summary.trackers.length > 0 && <p>{strings.compare.trackers(summary.trackers)}</p>}
          {summary.proven > 0 && <p>{strings.compare.proven(summary.proven)}</p>}
          {summary.downgraded > 0 && <p>{strings.compare.downgraded(summary.downgraded)}</p>}
          <p className="muted">
            {strings.compare.counts(counts.pairedReferences, counts.referencesA, counts.pairedLinks, counts.linksA)}
          </p>
        </>
      );
    case 'not-a-copy':
      return (
        <>
          <p className="comparison-verdict">{strings.compare.notACopy}</p>
          <p className="muted">
            {strings.compare.counts(counts.pairedReferences, counts.referencesA, counts.pairedLinks, counts.linksA)}
          </p>
        </>
      );
    case 'same-recipient':
      return <p className="comparison-verdict">{strings.compare.sameRecipient}</p>;
    case 'nothing-to-compare':
      return <p className="comparison-verdict">{strings.compare.nothing}</p>;
  }
}

export function ComparisonSummary({ report }: { readonly report: MessageReport }) {
  const state = useMailLens((store) => store.comparison);
  const setComparison = useMailLens((store) => store.setComparison);
  if (!state) return null;
  const tone = state.status === 'done' ? state.comparison.verdict : state.status;
  return (
    <section
      className="comparison-summary"
      data-testid="comparison-summary"
      data-verdict={tone}
      aria-label={strings.compare.label}
      role="status"
    >
      {state.status === 'comparing' && <p>{strings.compare.comparing}</p>}
      {state.status === 'failed' && <p role="alert">{strings.compare.failed(state.fileName, state.error)}</p>}
      {state.status === 'done' && (
        <>
          <div className="comparison-head">
            <h2>{strings.compare.with(state.fileName)}</h2>
            <button type="button" className="small" onClick={() => setComparison(null)}>
              {strings.compare.clear}
            </button>
          </div>
          {state.index !== report.index ? (
            <p className="muted">{strings.compare.otherMessage(state.index)}</p>
          ) : (
            <Conclusion comparison={state.comparison} />
          )}
        </>
      )}
    </section>
  );
}
