// What the comparison with another copy concluded, under the verdict: how many items carry a
// per-recipient id, which trackers, or why nothing could be proven (not a copy, the same reader).

import { useTranslation } from 'react-i18next';
import type { CopyComparison } from '../../../shared/analysis/compare-copies';
import type { MessageReport } from '../../../shared/model/report';
import { useMailLens } from '../store';
import './compare.css';

function Conclusion({ comparison }: { readonly comparison: CopyComparison }) {
  const { t } = useTranslation('ui');
  const { counts, summary } = comparison;
  switch (comparison.verdict) {
    case 'compared':
      return (
        <>
          <p className="comparison-verdict">
            {summary.references + summary.links > 0
              ? t('compare.compared', {
                  references: t('compare.remoteItems', { count: summary.references }),
                  links: t('compare.links', { count: summary.links }),
                })
              : t('compare.noneDiffer')}
          </p>
          {summary.trackers.length > 0 && <p>{t('compare.trackers', { names: summary.trackers.join(', ') })}</p>}
          {summary.proven > 0 && <p>{t('compare.proven', { count: summary.proven })}</p>}
          {summary.downgraded > 0 && <p>{t('compare.downgraded', { count: summary.downgraded })}</p>}
          <p className="muted">
            {t('compare.counts', {
              pairedReferences: counts.pairedReferences,
              referencesA: counts.referencesA,
              pairedLinks: counts.pairedLinks,
              linksA: counts.linksA,
            })}
          </p>
        </>
      );
    case 'not-a-copy':
      return (
        <>
          <p className="comparison-verdict">{t('compare.notACopy')}</p>
          <p className="muted">
            {t('compare.counts', {
              pairedReferences: counts.pairedReferences,
              referencesA: counts.referencesA,
              pairedLinks: counts.pairedLinks,
              linksA: counts.linksA,
            })}
          </p>
        </>
      );
    case 'same-recipient':
      return <p className="comparison-verdict">{t('compare.sameRecipient')}</p>;
    case 'nothing-to-compare':
      return <p className="comparison-verdict">{t('compare.nothing')}</p>;
  }
}

export function ComparisonSummary({ report }: { readonly report: MessageReport }) {
  const { t } = useTranslation('ui');
  const state = useMailLens((store) => store.comparison);
  const setComparison = useMailLens((store) => store.setComparison);
  if (!state) return null;
  const tone = state.status === 'done' ? state.comparison.verdict : state.status;
  return (
    <section
      className="comparison-summary"
      data-testid="comparison-summary"
      data-verdict={tone}
      aria-label={t('compare.label')}
      role="status"
    >
      {state.status === 'comparing' && <p>{t('compare.comparing')}</p>}
      {state.status === 'failed' && (
        <p role="alert">
          {state.fileName
            ? t('compare.failed', { fileName: state.fileName, error: state.error })
            : t('compare.failedNoName', { error: state.error })}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <div className="comparison-head">
            <h2>{t('compare.with', { fileName: state.fileName })}</h2>
            <button type="button" className="small" onClick={() => setComparison(null)}>
              {t('compare.clear')}
            </button>
          </div>
          {state.index !== report.index ? (
            <p className="muted">{t('compare.otherMessage', { index: state.index })}</p>
          ) : (
            <Conclusion comparison={state.comparison} />
          )}
        </>
      )}
    </section>
  );
}
