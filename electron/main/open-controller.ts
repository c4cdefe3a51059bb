// What the app does when asked to open or preview mail, whoever asks (the renderer over IPC, the menu,
// the OS, a second instance). It owns the path of the open file: the renderer only ever gets results and
// file names, never a path it could hand back. The one path that comes from the renderer (a dropped
// file) passes the same checks as every other: an existing regular file with a mail extension.

import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';

import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

import type { CompareOutcome, MessagePreview, OpenOutcome, Progress, RecentFile } from '../../shared/ipc/contract';
import { compareMailFiles } from '../engine/compare-files';
import { openMailFile, previewMessage } from '../engine/mail-service';
import { describeError } from '../engine/read-only-file';
import { WorkerPool } from '../engine/worker-pool';
import type { RecentFiles } from './recent-files';

export const MAIL_EXTENSIONS: readonly string[] = ['eml', 'msg', 'oft', 'mbox', 'mbx'];

export function hasMailExtension(path: string): boolean {
  return MAIL_EXTENSIONS.includes(extname(path).slice(1).toLowerCase());
}

/** The first mail file named on a command line (relative paths resolve against `workingDirectory`). */
export function mailPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const path = argv.slice(1).find((argument) => !argument.startsWith('-') && hasMailExtension(argument));
  return path === undefined ? null : resolve(workingDirectory, path);
}

/** Why `path` may not be opened, or null when it is an existing regular file with a mail extension. */
export async function refuseToOpen(path: string): Promise<string | null> {
  if (!isAbsolute(path)) return 'not an absolute path';
  if (!hasMailExtension(path)) {
    return `only mail files can be opened (${MAIL_EXTENSIONS.map((extension) => `.${extension}`).join(', ')})`;
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'is a folder, not a mail file';
    return info.isFile() ? null : 'not a regular file';
  } catch (error) {
    return describeError(error);
  }
}

export interface OpenControllerOptions {
  readonly recent: RecentFiles;
  /** The window dialogs belong to. */
  readonly window: () => BrowserWindow | null;
  readonly onProgress?: (progress: Progress) => void;
  /** The parsing pool; the packaged app's default finds parse-worker.js next to main.js. */
  readonly createPool?: () => WorkerPool;
}

export class OpenController {
  private pool: WorkerPool;
  private currentPath: string | null = null;
  /** Bumped by cancel(): an open started under an older generation reports 'canceled'. */
  private generation = 0;
  /** Numbers the opens: one overtaken by a newer open reports 'canceled', so the last asked for wins. */
  private latestOpen = 0;

  constructor(private readonly options: OpenControllerOptions) {
    this.pool = this.createPool();
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
    const refusal = await refuseToOpen(path);
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
      filters: [{ name: 'Mail (.eml, .msg, .oft, .mbox, .mbx)', extensions: [...MAIL_EXTENSIONS] }],
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
    this.options.onProgress?.({ fileName, done: 0, total: 1 });
    let outcome: OpenOutcome;
    try {
      outcome = await openMailFile(path, this.pool, {
        onProgress: (done, total) => this.options.onProgress?.({ fileName, done, total }),
      });
    } catch (error) {
      outcome = { kind: 'failed', fileName, error: describeError(error) };
    }
    if (generation !== this.generation || ticket !== this.latestOpen) return { kind: 'canceled' };
    if (outcome.kind === 'opened') {
      this.currentPath = path;
      await this.options.recent.add(path);
    }
    return outcome;
  }

  async previewMessage(index: number): Promise<MessagePreview | { error: string }> {
    if (this.currentPath === null) return { error: 'no file is open' };
    return previewMessage(this.currentPath, index, this.pool);
  }

  /** Stops a running open: the pool's workers are terminated and a fresh pool takes over. */
  async cancel(): Promise<null> {
    this.generation += 1;
    const stopped = this.pool;
    this.pool = this.createPool();
    await stopped.close();
    return null;
  }

  recentFiles(): readonly RecentFile[] {
    return this.options.recent.list();
  }

  async close(): Promise<void> {
    this.generation += 1;
    await this.pool.close();
  }

  private createPool(): WorkerPool {
    return this.options.createPool ? this.options.createPool() : new WorkerPool();
  }
}
