// File > Export Report… and Print Report…, and saving a text the page made (the access-request letter):
// main's save dialog chooses where, the extension chosen picks the format (HTML, PDF, JSON), and nothing
// is ever written over (or into) the mail or mailbox being read. Written beside the target first, then
// renamed, so a failure leaves no half-written file.

import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';

import type { ExportOutcome } from '../../shared/ipc/contract';
import { describeError } from '../engine/read-only-file';
import { isInsideMailbox } from './mailbox-host';
import { printReport, reportPdf } from './report-window';

export type ReportFormat = 'html' | 'pdf' | 'json';

/** The report of the shown message in each form; made only once the reader has chosen where it goes. */
export interface ReportFiles {
  /** A file name to suggest, without extension (`offer.eml` -> `offer-report`). */
  readonly baseName: string;
  html(): Promise<string>;
  json(): Promise<string>;
}

export function formatOf(path: string): ReportFormat | null {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.pdf') return 'pdf';
  if (extension === '.json') return 'json';
  return null;
}

/** Whether `target` is one of `protectedPaths` (by path or inode) or lies inside one of them. */
export async function isProtected(target: string, protectedPaths: readonly string[]): Promise<boolean> {
  const real = await realpath(dirname(target))
    .then((folder) => join(folder, basename(target)))
    .catch(() => target);
  const targetInfo = await stat(target).catch(() => null);
  for (const path of protectedPaths) {
    const protectedReal = await realpath(path).catch(() => path);
    if (isInsideMailbox(real, protectedReal) || isInsideMailbox(target, path)) return true;
    const info = await stat(path).catch(() => null);
    if (info && targetInfo && info.dev === targetInfo.dev && info.ino === targetInfo.ino) return true;
  }
  return false;
}

async function writeAtomically(target: string, content: string | Buffer): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx', mode: 0o644 });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export class ReportOutput {
  constructor(private readonly window: () => BrowserWindow | null) {}

  private async chooseTarget(options: SaveDialogOptions): Promise<string | null> {
    const window = this.window();
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  }

  /** Asks where, then writes the report there in the format its extension names (HTML when it names none). */
  async exportReport(files: ReportFiles, protectedPaths: readonly string[]): Promise<ExportOutcome> {
    const chosen = await this.chooseTarget({
      title: 'Export the evidence report',
      defaultPath: `${files.baseName}.html`,
      filters: [
        { name: 'Web page (self-contained HTML)', extensions: ['html'] },
        { name: 'PDF', extensions: ['pdf'] },
        { name: 'JSON', extensions: ['json'] },
      ],
    });
    if (chosen === null) return { kind: 'canceled' };
    const format = formatOf(chosen) ?? 'html';
    const target = formatOf(chosen) ? chosen : `${chosen}.html`;
    // The name chosen is checked too: choosing the mail itself is refused, not quietly renamed.
    if ((await isProtected(chosen, protectedPaths)) || (await isProtected(target, protectedPaths))) {
      return { kind: 'failed', error: 'MailLens never writes over or into the mail it reads: choose another place' };
    }
    try {
      const content =
        format === 'json'
          ? await files.json()
          : format === 'pdf'
            ? await reportPdf(await files.html())
            : await files.html();
      await writeAtomically(target, content);
      return { kind: 'saved', fileName: basename(target) };
    } catch (error) {
      return { kind: 'failed', error: describeError(error) };
    }
  }

  async printReport(files: ReportFiles): Promise<ExportOutcome> {
    try {
      const printed = await printReport(await files.html());
      if (printed.error) return { kind: 'failed', error: `printing failed: ${printed.error}` };
      return printed.printed ? { kind: 'saved', fileName: '' } : { kind: 'canceled' };
    } catch (error) {
      return { kind: 'failed', error: describeError(error) };
    }
  }

  /** Saves a text the page made (the letter) as a .txt file where the reader chooses. */
  async saveText(text: string, fileName: string, protectedPaths: readonly string[]): Promise<ExportOutcome> {
    const target = await this.chooseTarget({
      title: 'Save the letter',
      defaultPath: fileName,
      filters: [{ name: 'Text', extensions: ['txt'] }],
    });
    if (target === null) return { kind: 'canceled' };
    if (await isProtected(target, protectedPaths)) {
      return { kind: 'failed', error: 'MailLens never writes over or into the mail it reads: choose another place' };
    }
    try {
      await writeAtomically(target, text.endsWith('\n') ? text : `${text}\n`);
      return { kind: 'saved', fileName: basename(target) };
    } catch (error) {
      return { kind: 'failed', error: describeError(error) };
    }
  }
}
