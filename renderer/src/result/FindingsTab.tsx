// The findings, numbered as on the preview's markers, as a listbox: arrow keys move, Enter or Space
// (or a click) selects, and the preview scrolls to the selected finding's element.

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

import type { MessageReport } from '../../../shared/model/report';
import { orderFindings } from '../findings/order-findings';
import { sanitisedPreviewOf } from '../preview/sanitise-preview';
import { useMailLens } from '../store';
import { strings } from '../strings';
import { FindingDetails } from './FindingDetails';
import { FindingItem } from './FindingItem';

const MOVES: Record<string, (position: number, last: number) => number> = {
  ArrowDown: (position, last) => Math.min(position + 1, last),
  ArrowUp: (position) => Math.max(position - 1, 0),
  Home: () => 0,
  End: (_position, last) => last,
};

/** Which references have an element (and so a marker) in the preview; null while there is no preview. */
function useMarked(report: MessageReport): ((index: number) => boolean) | null {
  const preview = useMailLens((state) => {
    const shown = state.previews[report.index];
    return shown?.status === 'ready' ? shown.preview : null;
  });
  if (!preview) return null;
  const { marked } = sanitisedPreviewOf(preview);
  return (index) => marked.has(index - preview.referenceOffset);
}

export function FindingsTab({ report }: { readonly report: MessageReport }) {
  const order = orderFindings(report.references);
  const selected = useMailLens((state) => state.finding);
  const selectedBy = useMailLens((state) => state.selectedBy);
  const selectionTick = useMailLens((state) => state.selectionTick);
  const selectFinding = useMailLens((state) => state.selectFinding);
  const readingMode = useMailLens((state) => state.readingMode);
  const isMarked = useMarked(report);
  const [focused, setFocused] = useState<number | null>(null);
  const items = useRef(new Map<number, HTMLDivElement>());

  const tabStop =
    [focused, selected].find((index) => index !== null && order.byIndex.has(index)) ?? order.ordered[0]?.index;

  // A marker clicked in the preview: bring its finding into view and give it the focus.
  useEffect(() => {
    if (selected === null || selectedBy !== 'marker') return;
    const item = items.current.get(selected);
    item?.scrollIntoView?.({ block: 'nearest' });
    item?.focus({ preventScroll: true });
  }, [selected, selectedBy, selectionTick]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (tabStop === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectFinding(tabStop, 'list');
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const position = order.ordered.findIndex((entry) => entry.index === tabStop);
    const next = order.ordered[move(position, order.ordered.length - 1)];
    if (next) items.current.get(next.index)?.focus();
  };

  const selectedEntry = selected === null ? undefined : order.byIndex.get(selected);
  return (
    <div className="findings" data-testid="findings">
      {order.ordered.length === 0 ? (
        <p className="muted">{strings.findings.empty}</p>
      ) : (
        <div role="listbox" aria-label={strings.findings.label} className="finding-list" onKeyDown={onKeyDown}>
          {order.groups.map((group) => {
            const id = `group-${group.trigger}-${group.certainty}`;
            return (
              <div role="group" aria-labelledby={id} key={id}>
                <div role="presentation" id={id} className="finding-group">
                  {strings.findings.group(
                    strings.trigger[group.trigger],
                    strings.certainty[group.certainty],
                    group.items.length,
                  )}
                </div>
                {group.items.map((entry) => (
                  <FindingItem
                    key={entry.index}
                    ref={(element) => {
                      if (element) items.current.set(entry.index, element);
                      else items.current.delete(entry.index);
                    }}
                    entry={entry}
                    selected={entry.index === selected}
                    tabStop={entry.index === tabStop}
                    marked={isMarked ? isMarked(entry.index) : null}
                    readingMode={readingMode}
                    onFocus={() => setFocused(entry.index)}
                    onSelect={() => selectFinding(entry.index, 'list')}
                  />
                ))}
              </div>
            );
          })}
        </div>
      )}
      <FindingDetails entry={selectedEntry} readingMode={readingMode} />
    </div>
  );
}
