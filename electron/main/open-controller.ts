// What the app does when asked to open or preview mail, whoever asks (the renderer over IPC, the menu,
// the OS, a second instance). It owns the path of the open file: the renderer only ever gets results and
// file names, never a path it could hand back. The one path that comes from the renderer (a dropped
// file) passes the same checks as every other: an existing regular file with a mail extension, or a
// folder or mbox, which opens as a mailbox (./mailbox-host.ts).

import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';

import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

import type {
  CompareOutcome,
  ExportFormat,
  ExportOutcome,
  MessagePreview,
  MessageSource,
  OpenOutcome,
  Progress,
  RecentFile,
} from '../../shared/ipc/contract';
import type { MailboxOverview, MailboxPage, MailboxProgress, MailboxQuery } from '../../shared/model/mailbox';
import { compareMailFiles } from '../engine/compare-files';
import { openMailFile, previewMessage } from '../engine/mail-service';
import { isMailboxPath } from '../engine/mailbox-session';
import { messageSource } from '../engine/message-source';
import { messageBytes } from '../engine/scan-file';
import { describeError } from '../engine/read-only-file';
import { WorkerPool } from '../engine/worker-pool';
import { MailboxHost } from './mailbox-host';
import { ReportOutput } from './report-output';
import { shownReport, type ShownBytes } from './shown-report';
import type { RecentFiles } from './recent-files';

export const MAIL_EXTENSIONS: readonly string[] = ['eml', 'msg', 'oft', 'mbox', 'mbx', 'emlx'];

export function hasMailExtension(path: string): boolean {
  return MAIL_EXTENSIONS.includes(extname(path).slice(1).toLowerCase());
}

/** The first mail file named on a command line (relative paths resolve against `workingDirectory`). */
export function mailPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const path = argv.slice(1).find((argument) => !argument.startsWith('-') && hasMailExtension(argument));
  return path === undefined ? null : resolve(workingDirectory, path);
}

/**
 * Why `path` may not be opened, or null when it is an existing regular file with a mail extension, a
 * folder, or a file without an extension that holds an mbox (Thunderbird names its mbox files `Inbox`).
 */
export async function refuseToOpen(path: string): Promise<string | null> {
  if (!isAbsolute(path)) return 'not an absolute path';
  if (extname(path) === '' || !hasMailExtension(path)) {
    if (await isMailboxPath(path)) return null;
    const extensions = MAIL_EXTENSIONS.map((extension) => `.${extension}`).join(', ');
    return `only mail files (${extensions}), mbox files and folders can be opened`;
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) return null;
    return info.isFile() ? null : 'not a regular file';
  } catch (error) {
    return describeError(error);
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

export interface OpenControllerOptions {
  readonly recent: RecentFiles;
  /** The window dialogs belong to. */
  readonly window: () => BrowserWindow | null;
  readonly onProgress?: (progress: Progress) => void;
  readonly onMailboxProgress?: (progress: MailboxProgress) => void;
  /** MailLens's version, written into evidence reports (main passes app.getVersion()). */
  readonly version?: string;
  /** The parsing pool; the packaged app's default finds parse-worker.js next to main.js. */
  readonly createPool?: () => WorkerPool;
}

export class OpenController {
  private pool: WorkerPool;
  private currentPath: string | null = null;
  /** Set while the shown message is one opened from the mailbox: its source is read from there. */
  private shownFromMailbox: { readonly mailbox: number; readonly id: number } | null = null;
  /** Bumped by cancel(): an open started under an older generation reports 'canceled'. */
  private generation = 0;
  /** Numbers the opens: one overtaken by a newer open reports 'canceled', so the last asked for wins. */
  private latestOpen = 0;
  private readonly mailbox: MailboxHost;
  private readonly output: ReportOutput;

  constructor(private readonly options: OpenControllerOptions) {
    this.pool = this.createPool();
    this.mailbox = new MailboxHost(
      () => this.pool,
      (progress) => this.options.onMailboxProgress?.(progress),
      options.window,
    );
    this.output = new ReportOutput(options.window);
  }

  /** The message the reader is looking at: message `index` of the open file, or the one opened from a mailbox. */
  private shownBytes(index: number): ShownBytes | null {
    const fromMailbox = this.shownFromMailbox;
    const location = fromMailbox ? this.mailbox.locationOf(fromMailbox.mailbox, fromMailbox.id) : null;
    if (fromMailbox && location) {
      return { ...location, read: () => this.mailbox.messageBytes(fromMailbox.mailbox, fromMailbox.id) };
    }
    const path = this.currentPath;
    if (path === null) return null;
    return { path, index, inMbox: false, read: () => messageBytes(path, index) };
  }

  /** The open mail and the open mailbox: nothing is ever written over or into them. */
  private protectedPaths(): string[] {
    return [this.currentPath, this.mailbox.openPath()].filter((path): path is string => path !== null);
  }

  async exportReport(index: number): Promise<ExportOutcome> {
    const shown = this.shownBytes(index);
    if (!shown) return { kind: 'failed', error: 'no mail is open' };
    return this.output.exportReport(
      shownReport(shown, () => this.pool, this.options.version ?? 'unknown'),
      this.protectedPaths(),
    );
  }

  async printReport(index: number): Promise<ExportOutcome> {
    const shown = this.shownBytes(index);
    if (!shown) return { kind: 'failed', error: 'no mail is open' };
    return this.output.printReport(shownReport(shown, () => this.pool, this.options.version ?? 'unknown'));
  }

  saveText(text: string, fileName: string): Promise<ExportOutcome> {
    return this.output.saveText(text, fileName, this.protectedPaths());
  }

  /** Main's folder dialog; the chosen folder opens as a mailbox. */
  async chooseFolder(): Promise<OpenOutcome> {
    const window = this.options.window();
    const dialogOptions: OpenDialogOptions = { title: 'Open a folder of mail', properties: ['openDirectory'] };
    const chosen = window
      ? await dialog.showOpenDialog(window, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const path = chosen.filePaths[0];
    return chosen.canceled || path === undefined ? { kind: 'canceled' } : this.openPath(path);
  }

  mailboxRows(mailbox: number, query: MailboxQuery, start: number, count: number): MailboxPage {
    return this.mailbox.rows(mailbox, query, start, count);
  }

  mailboxOverview(mailbox: number): MailboxOverview {
    return this.mailbox.overview(mailbox);
  }

  /** Shows message `id` of the open mailbox; "Compare with another copy" then works on its file. */
  async openMailboxMessage(mailbox: number, id: number): Promise<OpenOutcome> {
    const outcome = await this.mailbox.openMessage(mailbox, id);
    const location = this.mailbox.locationOf(mailbox, id);
    if (outcome.kind === 'opened' && location) {
      this.currentPath = location.path;
      this.shownFromMailbox = { mailbox, id };
    }
    return outcome;
  }

  exportMailbox(mailbox: number, format: ExportFormat): Promise<ExportOutcome> {
    return this.mailbox.export(mailbox, format);
  }

  async chooseAndOpen(): Promise<OpenOutcome> {
    const path = await this.choose('Open mail');
    return path === null ? { kind: 'canceled' } : this.openPath(path);
  }

  /**
   * Issue 9, part 4: the reader picks another recipient's copy of the open mail; message `index` of the
   * open file is compared with the copy's message of the same index (message 1 of an .eml or .msg). The
   * other copy's path stays here, like every path; the renderer gets its file name and the comparison.
   */
  async compareWithCopy(index: number): Promise<CompareOutcome> {
    const current = this.currentPath;
    if (current === null) return { kind: 'failed', fileName: '', error: 'no file is open' };
    const path = await this.choose('Compare with another copy of this mail');
    if (path === null) return { kind: 'canceled' };
    const fileName = basename(path);
    const refusal = (await isFolder(path)) ? 'is a folder, not a mail file' : await refuseToOpen(path);
    if (refusal) return { kind: 'failed', fileName, error: refusal };
    try {
      const { comparison } = await compareMailFiles(current, path, this.pool, { messageA: index, messageB: index });
      return { kind: 'compared', index, fileName, comparison };
    } catch (error) {
      return { kind: 'failed', fileName, error: describeError(error) };
    }
  }

  /** Main's open dialog for one mail file; null when the reader cancels. */
  private async choose(title: string): Promise<string | null> {
    const window = this.options.window();
    const dialogOptions: OpenDialogOptions = {
      title,
      properties: ['openFile'],
      filters: [
        {
          name: `Mail (${MAIL_EXTENSIONS.map((extension) => `.${extension}`).join(', ')})`,
          extensions: [...MAIL_EXTENSIONS],
        },
      ],
    };
    const chosen = window
      ? await dialog.showOpenDialog(window, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const path = chosen.filePaths[0];
    return chosen.canceled || path === undefined ? null : path;
  }

  async openRecent(index: number): Promise<OpenOutcome> {
    const path = this.options.recent.path(index);
    if (path === undefined) return { kind: 'failed', fileName: '', error: 'that file is no longer in the recent list' };
    return this.openPath(path);
  }

  /** Every open goes through here: the same checks whatever the path's source. */
  async openPath(path: string): Promise<OpenOutcome> {
    const fileName = basename(path);
    const refusal = await refuseToOpen(path);
    if (refusal) return { kind: 'failed', fileName, error: refusal };
    const generation = this.generation;
    const ticket = ++this.latestOpen;
    let outcome: OpenOutcome;
    try {
      if (await isMailboxPath(path)) {
        outcome = await this.mailbox.open(path);
      } else {
        this.options.onProgress?.({ fileName, done: 0, total: 1 });
        outcome = await openMailFile(path, this.pool, {
          onProgress: (done, total) => this.options.onProgress?.({ fileName, done, total }),
        });
      }
    } catch (error) {
      outcome = { kind: 'failed', fileName, error: describeError(error) };
    }
    if (generation !== this.generation || ticket !== this.latestOpen) return { kind: 'canceled' };
    if (outcome.kind === 'opened' || outcome.kind === 'mailbox') {
      this.currentPath = outcome.kind === 'opened' ? path : null;
      this.shownFromMailbox = null;
      // The renderer leaves the mailbox for a mail opened on its own: stop reading it and let it go.
      if (outcome.kind === 'opened') await this.mailbox.close();
      await this.options.recent.add(path);
    }
    return outcome;
  }

  /** The shown message as text (raw headers and source view). */
  async messageSource(index: number): Promise<MessageSource> {
    try {
      const shown = this.shownFromMailbox;
      if (shown) {
        const { bytes, format } = await this.mailbox.messageBytes(shown.mailbox, shown.id);
        return messageSource(bytes, format);
      }
      if (this.currentPath === null) return { error: 'no file is open' };
      const { bytes, format } = await messageBytes(this.currentPath, index);
      return messageSource(bytes, format);
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  async previewMessage(index: number): Promise<MessagePreview | { error: string }> {
    if (this.currentPath === null) return { error: 'no file is open' };
    return previewMessage(this.currentPath, index, this.pool);
  }

  /**
   * Stops a running open, or the reading of the open mailbox (whose rows read so far stay): the pool's
   * workers are terminated and a fresh pool takes over.
   */
  async cancel(): Promise<null> {
    this.generation += 1;
    const stopped = this.pool;
    const reading = this.mailbox.cancel();
    this.pool = this.createPool();
    await stopped.close();
    await reading;
    return null;
  }

  recentFiles(): readonly RecentFile[] {
    return this.options.recent.list();
  }

  async close(): Promise<void> {
    this.generation += 1;
    const reading = this.mailbox.close();
    await this.pool.close();
    await reading;
  }

  private createPool(): WorkerPool {
    const pool = this.options.createPool ? this.options.createPool() : new WorkerPool();
    pool.warm?.();
    return pool;
  }
}
