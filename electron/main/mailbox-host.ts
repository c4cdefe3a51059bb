// Main's side of the mailbox view: at most one open mailbox (a folder or an mbox) at a time, read in the
// background by a MailboxSession. Its rows, overview and messages are answered only for the mailbox the
// renderer names, so an answer never mixes two mailboxes; opening another or canceling stops the reading.

import { writeFile } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve } from 'node:path';

import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';

import type { ExportFormat, ExportOutcome, OpenOutcome } from '../../shared/ipc/contract';
import type { MailboxOverview, MailboxPage, MailboxProgress, MailboxQuery } from '../../shared/model/mailbox';
import { MailboxSession } from '../engine/mailbox-session';
import { describeError } from '../engine/read-only-file';
import type { WorkerPool } from '../engine/worker-pool';

const EMPTY_OVERVIEW: MailboxOverview = {
  messages: 0,
  tracked: 0,
  identifiesYou: 0,
  errors: 0,
  senders: [],
  companies: [],
  months: [],
};

/** Whether `target` is the mailbox file itself or lies inside the mailbox folder: an export may not go there. */
export function isInsideMailbox(target: string, mailbox: string): boolean {
  const from = relative(resolve(mailbox), resolve(target));
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
}

export class MailboxHost {
  private session: MailboxSession | null = null;
  private nextMailbox = 1;

  constructor(
    private readonly pool: () => WorkerPool,
    private readonly onProgress: (progress: MailboxProgress) => void,
    private readonly window: () => BrowserWindow | null,
  ) {}

  /** Stops the mailbox being read (if any) and starts reading the one at `path`. */
  async open(path: string): Promise<OpenOutcome> {
    await this.close();
    try {
      const session = await MailboxSession.open(path, this.nextMailbox++, this.pool, this.onProgress);
      this.session = session;
      return { kind: 'mailbox', mailbox: session.info };
    } catch (error) {
      return { kind: 'failed', fileName: basename(path), error: describeError(error) };
    }
  }

  private current(mailbox: number): MailboxSession | null {
    return this.session && this.session.info.mailbox === mailbox ? this.session : null;
  }

  rows(mailbox: number, query: MailboxQuery, start: number, count: number): MailboxPage {
    return this.current(mailbox)?.rows(query, start, count) ?? { total: 0, start, rows: [] };
  }

  overview(mailbox: number): MailboxOverview {
    return this.current(mailbox)?.overview() ?? EMPTY_OVERVIEW;
  }

  async openMessage(mailbox: number, id: number): Promise<OpenOutcome> {
    const session = this.current(mailbox);
    if (!session) return { kind: 'failed', fileName: '', error: 'that mailbox is no longer open' };
    return session.openMessage(id);
  }

  /** The file message `id` is in and its index there, for comparing it with another copy. */
  locationOf(
    mailbox: number,
    id: number,
  ): { readonly path: string; readonly index: number; readonly inMbox: boolean } | null {
    return this.current(mailbox)?.locationOf(id) ?? null;
  }

  async messageBytes(mailbox: number, id: number) {
    const session = this.current(mailbox);
    if (!session) throw new Error('that mailbox is no longer open');
    return session.messageBytes(id);
  }

  /** The path of the open mailbox (a folder or an mbox): nothing may be written over or into it. */
  openPath(): string | null {
    return this.session?.path ?? null;
  }

  /** Stops reading; the rows read so far stay and can still be shown. */
  async cancel(): Promise<void> {
    await this.session?.cancel();
  }

  /** Asks where to save the overview and writes it there (never into the mailbox being read). */
  async export(mailbox: number, format: ExportFormat): Promise<ExportOutcome> {
    const session = this.current(mailbox);
    if (!session) return { kind: 'failed', error: 'that mailbox is no longer open' };
    const options: SaveDialogOptions = {
      title: 'Export the overview',
      defaultPath: `${session.info.name}-overview.${format}`,
      filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
    };
    const window = this.window();
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { kind: 'canceled' };
    if (isInsideMailbox(chosen.filePath, session.path)) {
      return { kind: 'failed', error: 'MailLens only reads the mailbox: choose a place outside it for the export' };
    }
    try {
      await writeFile(chosen.filePath, session.exportText(format), { encoding: 'utf8', mode: 0o644 });
      return { kind: 'saved', fileName: basename(chosen.filePath) };
    } catch (error) {
      return { kind: 'failed', error: describeError(error) };
    }
  }

  async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    await session?.cancel();
  }
}
