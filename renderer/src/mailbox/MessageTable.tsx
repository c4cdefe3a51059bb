// The mailbox's messages as a virtualised grid: only the rows in view exist, their pages are asked of
// main as they scroll in. Sortable column headers (aria-sort), a roving tab stop over the rows (arrow
// keys, Page Up/Down, Home/End), Enter or a click opens a message.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

import type { MailboxSortKey } from '../../../shared/model/mailbox';
import { changeQuery, openMailboxMessage, showRows } from './mailbox-data';
import { rowAt, useMailboxView } from './mailbox-store';
import { MessageRowCells } from './MessageRow';
import { ui } from '../i18n';

const ROW_HEIGHT = 36;
const COLUMNS: readonly MailboxSortKey[] = ['date', 'sender', 'subject', 'verdict'];
/** Newest and most serious first; names from A. */
const DESCENDING_FIRST: Readonly<Record<MailboxSortKey, boolean>> = {
  date: true,
  sender: false,
  subject: false,
  verdict: true,
};

function ColumnHeader({ column }: { readonly column: MailboxSortKey }) {
  const sort = useMailboxView((state) => state.query.sort);
  const descending = useMailboxView((state) => state.query.descending);
  const sorted = sort === column;
  const name = ui(`mailbox.columns.${column}`);
  return (
    <div
      role="columnheader"
      className={`cell-${column}`}
      aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`sort-${column}`}
        title={ui('mailbox.sortBy', { column: name })}
        onClick={() => changeQuery({ sort: column, descending: sorted ? !descending : DESCENDING_FIRST[column] })}
      >
        {name}
        <span className="sort-arrow" aria-hidden="true">
          {sorted ? (descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </div>
  );
}

export function MessageTable() {
  const rows = useMailboxView((state) => state.rows);
  const reading = useMailboxView((state) => (state.progress?.state ?? 'reading') === 'reading');
  const active = useMailboxView((state) => state.active);
  const total = rows.total;
  const scroller = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualiser re-renders this component itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: () => useMailboxView.getState().scrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => showRows(first, last), [first, last, total]);

  // Back from a message: the same scroll position, and focus on the row that was opened.
  useLayoutEffect(() => {
    const element = scroller.current;
    const state = useMailboxView.getState();
    if (element) element.scrollTop = state.scrollTop;
    if (state.focusRow) focusAfterRender.current = true;
    useMailboxView.setState({ focusRow: false });
  }, []);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${active}"]`);
    if (row) {
      focusAfterRender.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const shown = active < total ? active : Math.max(0, total - 1);
  const tabStop = items.some((item) => item.index === shown) ? shown : first;

  const moveTo = (position: number) => {
    const next = Math.max(0, Math.min(total - 1, position));
    useMailboxView.setState({ active: next });
    // Rows are of one fixed height: scroll the row into view at once (the virtualiser's own
    // scrollToIndex settles over several frames, and a key pressed meanwhile would be lost).
    const element = scroller.current;
    if (element) {
      const top = next * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
        element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
      }
    }
    focusAfterRender.current = true;
  };
  const open = (position: number) => {
    const summary = rowAt(rows, position);
    if (summary) void openMailboxMessage(summary.id, summary.source);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor(event.currentTarget.clientHeight / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(tabStop + 1),
      ArrowUp: () => moveTo(tabStop - 1),
      PageDown: () => moveTo(tabStop + pageRows),
      PageUp: () => moveTo(tabStop - pageRows),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => open(tabStop),
      ' ': () => open(tabStop),
    };
    const action = keys[event.key];
    if (!action || total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      role="grid"
      className="message-grid"
      data-testid="message-table"
      aria-label={ui('mailbox.tableLabel')}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          {COLUMNS.map((column) => (
            <ColumnHeader key={column} column={column} />
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="grid-body"
        ref={scroller}
        onKeyDown={onKeyDown}
        onScroll={(event) => useMailboxView.setState({ scrollTop: event.currentTarget.scrollTop })}
      >
        {total === 0 && <p className="grid-empty muted">{reading ? ui('mailbox.noRowsYet') : ui('mailbox.noRows')}</p>}
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const summary = rowAt(rows, item.index);
            return (
              <div
                key={item.index}
                role="row"
                className="grid-row"
                data-testid="mailbox-row"
                data-row-index={item.index}
                data-id={summary?.id}
                data-level={summary?.level}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === shown}
                tabIndex={item.index === tabStop ? 0 : -1}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onFocus={() => item.index !== active && useMailboxView.setState({ active: item.index })}
                onClick={() => open(item.index)}
              >
                {summary ? (
                  <MessageRowCells summary={summary} />
                ) : (
                  <div role="gridcell" className="cell-loading muted">
                    {ui('mailbox.loadingRow')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
