// Per finding, what comparing two copies proved: the differing values side by side, or that the code
// thought to identify the reader is the same in both copies.

import { strings } from '../strings';
import { useComparedReference } from './compare-copy';
import './compare.css';

interface TagProps {
  readonly index: number;
  /** What the finding says on its own ("Probably identifies you"), or null when it does not identify. */
  readonly label: string | null;
}

/** "Identifies you", upgraded (or withdrawn) by the comparison when there is one. */
export function IdentificationTag({ index, label }: TagProps) {
  const item = useComparedReference(index);
  if (item?.change === 'proven' || item?.change === 'confirmed') {
    return (
      <span className="identifies" data-proven="true">
        {strings.compare.identifiesProven}
      </span>
    );
  }
  if (item?.change === 'newly-found') {
    return (
      <span className="identifies" data-proven="true">
        {strings.compare.identifiesFound}
      </span>
    );
  }
  if (item?.change === 'downgraded') return <span className="not-identifies">{strings.compare.notPerRecipient}</span>;
  return label ? <span className="identifies">{label}</span> : null;
}

export function ComparisonNote({ index }: { readonly index: number }) {
  const item = useComparedReference(index);
  if (!item) return null;
  const proof = item.differing.filter((token) => token.kind === 'recipient-id' || token.kind === 'address');
  const other = item.differing.filter((token) => !proof.includes(token));
  return (
    <div className="comparison-note" data-testid="comparison-note" data-per-recipient={item.perRecipient}>
      {proof.length > 0 && <p className="comparison-proven">{strings.compare.provenNote}</p>}
      {item.differing.length > 0 && (
        <dl className="comparison-values">
          {[...proof, ...other].map((token) => (
            <div key={token.where} data-kind={token.kind}>
              <dt>
                {token.where} — {strings.compare.kind[token.kind]}
              </dt>
              <dd>
                <span className="copy-label">{strings.compare.thisCopy}</span> <code>{token.a}</code>
              </dd>
              <dd>
                <span className="copy-label">{strings.compare.otherCopy}</span> <code>{token.b}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.addressOnlyIn && (
        <p>
          {strings.compare.addressOnlyIn(
            item.addressOnlyIn === 'a' ? strings.compare.thisCopy : strings.compare.otherCopy,
          )}
        </p>
      )}
      {item.sameInBoth.length > 0 && (
        <p className="muted">
          {strings.compare.sameNote}{' '}
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
