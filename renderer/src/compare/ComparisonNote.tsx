// Per finding, what comparing two copies proved: the differing values side by side, or that the code
// thought to identify the reader is the same in both copies.

import { useTranslation } from 'react-i18next';
import { useComparedReference } from './compare-copy';
import './compare.css';

interface TagProps {
  readonly index: number;
  /** What the finding says on its own ("Probably identifies you"), or null when it does not identify. */
  readonly label: string | null;
}

/** "Identifies you", upgraded (or withdrawn) by the comparison when there is one. */
export function IdentificationTag({ index, label }: TagProps) {
  const { t } = useTranslation('ui');
  const item = useComparedReference(index);
  if (item?.change === 'proven' || item?.change === 'confirmed') {
    return (
      <span className="identifies" data-proven="true">
        {t('compare.identifiesProven')}
      </span>
    );
  }
  if (item?.change === 'newly-found') {
    return (
      <span className="identifies" data-proven="true">
        {t('compare.identifiesFound')}
      </span>
    );
  }
  if (item?.change === 'downgraded') return <span className="not-identifies">{t('compare.notPerRecipient')}</span>;
  return label ? <span className="identifies">{label}</span> : null;
}

export function ComparisonNote({ index }: { readonly index: number }) {
  const { t } = useTranslation('ui');
  const item = useComparedReference(index);
  if (!item) return null;
  const proof = item.differing.filter((token) => token.kind === 'recipient-id' || token.kind === 'address');
  const other = item.differing.filter((token) => !proof.includes(token));
  return (
    <div className="comparison-note" data-testid="comparison-note" data-per-recipient={item.perRecipient}>
      {proof.length > 0 && <p className="comparison-proven">{t('compare.provenNote')}</p>}
      {item.differing.length > 0 && (
        <dl className="comparison-values">
          {[...proof, ...other].map((token) => (
            <div key={token.where} data-kind={token.kind}>
              <dt>
                {token.where} — {t(`compare.kind.${token.kind}`)}
              </dt>
              <dd>
                <span className="copy-label">{t('compare.thisCopy')}</span> <code>{token.a}</code>
              </dd>
              <dd>
                <span className="copy-label">{t('compare.otherCopy')}</span> <code>{token.b}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.addressOnlyIn && (
        <p>
          {t('compare.addressOnlyIn', {
            copy: item.addressOnlyIn === 'a' ? t('compare.thisCopy') : t('compare.otherCopy'),
          })}
        </p>
      )}
      {item.sameInBoth.length > 0 && (
        <p className="muted">
          {t('compare.sameNote')}{' '}
          {item.sameInBoth.map((token) => (
            <span key={token.where} className="same-token">
              {token.where} = <code>{token.value}</code>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
