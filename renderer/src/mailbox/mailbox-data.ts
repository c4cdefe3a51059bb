// Everything the mailbox view asks of main, through window.maillens only. The renderer never holds all
// summaries: it asks for the pages of rows under the table's visible window, and asks again for those
// and the overview when the query changes or main reports progress (at most four times a second).

import type { ExportFormat, OpenOutcome } from '../../../shared/ipc/contract';
import type { MailboxInfo, MailboxProgress, MailboxQuery } from '../../../shared/model/mailbox';
import { useMailLens } from '../store';
import { ui } from '../i18n';
import { initialMailboxView, PAGE_SIZE, useMailboxView } from './mailbox-store';

/** Progress may come many times a second; the table and overview are asked for again at most this often. */
const REFRESH_INTERVAL_MS = 250;

let refreshes = 0;
let lastRefresh = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let visible = { first: 0, last: 0 };
const inFlight = new Set<string>();
/** Main's latest report, which may come before the mailbox's open outcome does. */
let latestProgress: MailboxProgress | null = null;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function currentMailbox(): number | null {
  return useMailLens.getState().mailbox?.mailbox ?? null;
}

function pagesKey(mailbox: number, query: MailboxQuery): string {
  return `${mailbox}#${refreshes}#${JSON.stringify(query)}`;
}

/** The key without the refresh count: pages of an earlier refresh of the same query can stand in. */
function queryPart(key: string): string {
  return key.replace(/#\d+#/, '#');
}

async function fetchPage(mailbox: number, key: string, page: number): Promise<void> {
  const flight = `${key}@${page}`;
  if (inFlight.has(flight)) return;
  inFlight.add(flight);
  try {
    const { query } = useMailboxView.getState();
    const answer = await window.maillens.mailboxRows(mailbox, query, page * PAGE_SIZE, PAGE_SIZE);
    const { rows } = useMailboxView.getState();
    const current = currentMailbox() === null ? null : pagesKey(mailbox, useMailboxView.getState().query);
    if (key !== current) return;
    const pages = rows.key === key ? { ...rows.pages, [page]: answer.rows } : { [page]: answer.rows };
    const stale = rows.key === key ? rows.stale : queryPart(rows.key) === queryPart(key) ? rows.pages : {};
    useMailboxView.setState({ rows: { key, total: answer.total, pages, stale } });
  } catch {
    // The mailbox was closed or replaced meanwhile; the next refresh asks again.
  } finally {
    inFlight.delete(flight);
  }
}

/** Asks for the pages under the visible window that the current query has no answer for yet. */
function fetchVisiblePages(): void {
  const mailbox = currentMailbox();
  if (mailbox === null) return;
  const { query, rows } = useMailboxView.getState();
  const key = pagesKey(mailbox, query);
  const first = Math.floor(visible.first / PAGE_SIZE);
  const last = Math.floor(Math.max(visible.last, visible.first) / PAGE_SIZE);
  for (let page = first; page <= last; page += 1) {
    if (rows.key !== key || !rows.pages[page]) void fetchPage(mailbox, key, page);
  }
}

async function fetchOverview(mailbox: number, refresh: number): Promise<void> {
  try {
    const overview = await window.maillens.mailboxOverview(mailbox);
    // An older answer arriving after a newer one is dropped.
    if (currentMailbox() === mailbox && refresh === refreshes) useMailboxView.setState({ overview });
  } catch {
    // As above: asked again on the next refresh.
  }
}

/** Asks for the overview and the visible rows again (after progress or a change of query). */
export function refresh(): void {
  clearTimeout(timer);
  timer = undefined;
  const mailbox = currentMailbox();
  if (mailbox === null) return;
  refreshes += 1;
  lastRefresh = Date.now();
  void fetchOverview(mailbox, refreshes);
  fetchVisiblePages();
}

function scheduleRefresh(): void {
  if (timer !== undefined) return;
  timer = setTimeout(refresh, Math.max(0, REFRESH_INTERVAL_MS - (Date.now() - lastRefresh)));
}

/** A mailbox was opened: a fresh view of it, filled in as main reads. */
export function startMailbox(info: MailboxInfo): void {
  const progress = latestProgress?.mailbox === info.mailbox ? latestProgress : null;
  useMailboxView.setState({ ...initialMailboxView, progress });
  visible = { first: 0, last: PAGE_SIZE - 1 };
  refresh();
}

export function handleMailboxProgress(progress: MailboxProgress): void {
  latestProgress = progress;
  if (currentMailbox() !== progress.mailbox) return;
  useMailboxView.setState({ progress });
  if (progress.state === 'reading') scheduleRefresh();
  else refresh();
}

/** The table's rendered rows (overscan included): their pages are asked for when missing. */
export function showRows(first: number, last: number): void {
  visible = { first, last };
  fetchVisiblePages();
}

/** A new query starts the table at its top. */
export function changeQuery(change: Partial<MailboxQuery>): void {
  useMailboxView.setState((state) => ({ query: { ...state.query, ...change }, scrollTop: 0, active: 0 }));
  visible = { first: 0, last: Math.max(visible.last - visible.first, PAGE_SIZE - 1) };
  refresh();
}

/** Stops main reading the mailbox; the rows read so far stay, and its last report says so. */
export function cancelReading(): void {
  void window.maillens.cancel();
}

/** Opens message `id` in the full single-message view; Back returns here. */
export async function openMailboxMessage(id: number, source: string): Promise<void> {
  const mailbox = currentMailbox();
  if (mailbox === null) return;
  const store = useMailLens.getState();
  const request = store.beginOpening(source, false);
  let outcome: OpenOutcome;
  try {
    outcome = await window.maillens.openMailboxMessage(mailbox, id);
  } catch (error) {
    outcome = { kind: 'failed', fileName: source, error: ui('error.unexpected', { detail: describe(error) }) };
  }
  if (outcome.kind === 'opened') useMailLens.getState().showMailboxMessage(request, outcome.mail);
  else if (outcome.kind === 'failed') useMailLens.getState().finishOpening(request, outcome);
  else useMailLens.getState().finishOpening(request, { kind: 'canceled' });
}

export function returnToMailbox(): void {
  useMailboxView.setState({ focusRow: true });
  useMailLens.getState().backToMailbox();
}

export async function exportOverview(format: ExportFormat): Promise<void> {
  const mailbox = currentMailbox();
  if (mailbox === null) return;
  useMailboxView.setState({ exportStatus: { status: 'busy' } });
  try {
    const outcome = await window.maillens.exportMailbox(mailbox, format);
    useMailboxView.setState({
      exportStatus:
        outcome.kind === 'saved'
          ? { status: 'saved', fileName: outcome.fileName }
          : outcome.kind === 'failed'
            ? { status: 'failed', error: outcome.error }
            : null,
    });
  } catch (error) {
    useMailboxView.setState({ exportStatus: { status: 'failed', error: describe(error) } });
  }
}
