// One open mailbox (a folder or an mbox) as main holds it: a compact summary and a location per message,
// never the reports (flat memory by design). Reading runs in the background and can be canceled; the
// table's rows and the overview are answered from the summaries at any time, and message N's full
// report and preview are made again on demand by reading its bytes at their offset.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { ExportFormat, OpenOutcome } from '../../shared/ipc/contract';
import { mailboxOverview } from '../../shared/mailbox/mailbox-overview';
import { overviewCsv, overviewJson } from '../../shared/mailbox/overview-export';
import { queryMailbox } from '../../shared/mailbox/query-mailbox';
import type {
  MailboxInfo,
  MailboxOverview,
  MailboxPage,
  MailboxProgress,
  MailboxQuery,
  MailboxState,
  MessageSummary,
} from '../../shared/model/mailbox';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessageAt } from '../readers/mbox-message-at';
import { detectFormat, type MessageFormat } from '../readers/read-mail';
import type { ViewResult } from './jobs';
import { readMailboxFile, readMailFolder, type MessageLocation, type ReadingContext } from './mailbox-reading';
import { describeError, readFileReadOnly, readHead } from './read-only-file';
import type { WorkerPool } from './worker-pool';

/** Progress is sent at most this often while reading (and once when reading ends). */
const PROGRESS_INTERVAL_MS = 250;
/** Messages kept ready to show again (report and preview): Back and forth between a few is instant. */
const VIEW_CACHE = 4;

/** Files named as one mail: opened as that mail even when they start with an mbox `From ` line. */
const SINGLE_MAIL = /\.(eml|emlx|msg|oft)$/i;

/**
 * A folder, or a file that holds an mbox (by its extension, or an extension-less file by its first line):
 * what opens as a mailbox. A `.eml` saved with a `From ` line on top is still one mail.
 */
export async function isMailboxPath(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return true;
    if (!info.isFile() || SINGLE_MAIL.test(path)) return false;
    return detectFormat(await readHead(path), basename(path)) === 'mbox';
  } catch {
    return false;
  }
}

export class MailboxSession {
  readonly info: MailboxInfo;
  /** Resolves when reading has ended (done, canceled or failed); never rejects. */
  readonly finished: Promise<void>;
  private readonly ready: MessageSummary[] = [];
  private readonly locations: (MessageLocation | null)[] = [];
  private readonly byId: (MessageSummary | undefined)[] = [];
  private readonly abort = new AbortController();
  private readonly started = Date.now();
  private readonly views = new Map<number, { readonly viewed: ViewResult; readonly sha256: string }>();
  private state: MailboxState = 'reading';
  private error: string | undefined;
  private progress = { files: 0, skipped: 0, bytesRead: 0, bytesTotal: null as number | null };
  private lastSent = 0;
  private sorted: { key: string; length: number; rows: MessageSummary[] } | null = null;

  private constructor(
    readonly path: string,
    mailbox: number,
    private readonly pool: () => WorkerPool,
    private readonly onProgress: (progress: MailboxProgress) => void,
    folder: boolean,
    size: number | null,
  ) {
    this.info = { mailbox, name: basename(path), kind: folder ? 'folder' : 'mbox' };
    this.progress.bytesTotal = size;
    this.finished = this.read(folder);
  }

  /** Starts reading the folder or mbox at `path`; resolves as soon as reading has started. */
  static async open(
    path: string,
    mailbox: number,
    pool: () => WorkerPool,
    onProgress: (progress: MailboxProgress) => void,
  ): Promise<MailboxSession> {
    const info = await stat(path);
    if (!info.isDirectory()) checkSize(info.size, LIMITS.maxMboxBytes, 'the mbox file');
    return new MailboxSession(
      path,
      mailbox,
      pool,
      onProgress,
      info.isDirectory(),
      info.isDirectory() ? null : info.size,
    );
  }

  private async read(folder: boolean): Promise<void> {
    const context: ReadingContext = {
      pool: this.pool,
      signal: this.abort.signal,
      nextId: 0,
      sink: {
        message: (summary, location) => {
          this.byId[summary.id] = summary;
          this.locations[summary.id] = location;
          this.ready.push(summary);
          this.maybeSendProgress();
        },
        bytes: (count) => void (this.progress.bytesRead += count),
        file: () => void (this.progress.files += 1),
        skipped: () => void (this.progress.skipped += 1),
        total: (bytes) => void (this.progress.bytesTotal = bytes),
      },
    };
    try {
      await (folder ? readMailFolder(this.path, context) : readMailboxFile(this.path, context));
      this.state = this.abort.signal.aborted ? 'canceled' : 'done';
    } catch (error) {
      this.state = this.abort.signal.aborted ? 'canceled' : 'failed';
      this.error = describeError(error);
    }
    this.sendProgress();
  }

  private maybeSendProgress(): void {
    if (Date.now() - this.lastSent >= PROGRESS_INTERVAL_MS) this.sendProgress();
  }

  private sendProgress(): void {
    this.lastSent = Date.now();
    this.onProgress(this.currentProgress());
  }

  currentProgress(): MailboxProgress {
    const errors = this.ready.reduce((count, summary) => count + (summary.level === 'error' ? 1 : 0), 0);
    return {
      mailbox: this.info.mailbox,
      state: this.state,
      messages: this.ready.length,
      errors,
      ...this.progress,
      elapsedMs: Date.now() - this.started,
      ...(this.error !== undefined ? { error: this.error } : {}),
    };
  }

  /** Stops reading; resolves once nothing of it runs any more. The summaries read so far stay. */
  async cancel(): Promise<void> {
    if (this.state === 'reading') this.abort.abort();
    await this.finished;
  }

  rows(query: MailboxQuery, start: number, count: number): MailboxPage {
    const key = JSON.stringify(query);
    if (!this.sorted || this.sorted.key !== key || this.sorted.length !== this.ready.length) {
      this.sorted = { key, length: this.ready.length, rows: queryMailbox(this.ready, query) };
    }
    const rows = this.sorted.rows;
    return { total: rows.length, start, rows: rows.slice(start, start + count) };
  }

  overview(): MailboxOverview {
    return mailboxOverview(this.ready);
  }

  exportText(format: ExportFormat): string {
    const overview = this.overview();
    return format === 'csv'
      ? overviewCsv(overview)
      : overviewJson(this.info, this.currentProgress(), overview, this.ready);
  }

  summaryOf(id: number): MessageSummary | undefined {
    return this.byId[id];
  }

  /** The file message `id` is in, and its index there (for "Compare with another copy"). */
  locationOf(id: number): { readonly path: string; readonly index: number; readonly inMbox: boolean } | null {
    const location = this.locations[id];
    const summary = this.byId[id];
    return location && summary ? { path: location.path, index: summary.index, inMbox: location.span !== null } : null;
  }

  /** Message `id`'s full report and preview, read again from its bytes. */
  async openMessage(id: number): Promise<OpenOutcome> {
    const summary = this.byId[id];
    const location = this.locations[id];
    const fileName = summary ? `${basename(summary.source)}${location?.span ? ` — message ${summary.index}` : ''}` : '';
    if (!summary) return { kind: 'failed', fileName, error: `there is no message ${id + 1} in this mailbox` };
    if (!location) return { kind: 'failed', fileName, error: summary.error ?? 'this message cannot be read again' };
    try {
      const { viewed, sha256 } = this.views.get(id) ?? (await this.view(id, location, summary.index));
      const format = location.span ? 'mbox' : location.format;
      return {
        kind: 'opened',
        mail: { fileName, sha256, format, messages: [viewed.report], preview: viewed.preview },
      };
    } catch (error) {
      return { kind: 'failed', fileName, error: describeError(error) };
    }
  }

  /** The bytes of message `id`: its file, or its span of the mbox (a seek, never the file from the start). */
  async messageBytes(id: number): Promise<{ readonly bytes: Buffer; readonly format: MessageFormat }> {
    const location = this.locations[id];
    if (!location) throw new Error(this.byId[id]?.error ?? `there is no message ${id + 1} in this mailbox`);
    const bytes = location.span
      ? await readMboxMessageAt(location.path, location.span)
      : await readFileReadOnly(location.path);
    return { bytes, format: location.format };
  }

  private async view(id: number, location: MessageLocation, index: number) {
    const { bytes } = await this.messageBytes(id);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const viewed = (await this.pool().run({ kind: 'view', bytes, format: location.format, index })) as ViewResult;
    const entry = { viewed, sha256 };
    this.views.set(id, entry);
    if (this.views.size > VIEW_CACHE) this.views.delete(this.views.keys().next().value!);
    return entry;
  }
}
