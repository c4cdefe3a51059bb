// The recently opened files: at most 10, newest first, each path once. Kept as JSON in the app's own
// data folder (app.getPath('userData')), never beside the user's mail: MailLens only reads mail.

import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';

import { app } from 'electron';

import type { RecentFile } from '../../shared/ipc/contract';

export const MAX_RECENT_FILES = 10;
const MAX_PATH_LENGTH = 4096;

function isStoredPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH_LENGTH && isAbsolute(value);
}

/** The paths in `text` (the stored JSON); anything else, a corrupt or hand-edited file, gives []. */
export function parseRecentFiles(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter(isStoredPath))].slice(0, MAX_RECENT_FILES);
}

export class RecentFiles {
  private paths: string[];
  private saving: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storePath: string = join(app.getPath('userData'), 'recent-files.json')) {
    this.paths = RecentFiles.load(storePath);
  }

  private static load(storePath: string): string[] {
    try {
      return parseRecentFiles(readFileSync(storePath, 'utf8'));
    } catch {
      // A first start has no file yet; an unreadable one is treated the same: the list starts empty.
      return [];
    }
  }

  /** The list as the renderer sees it: file name and folder, with the index to open it by. */
  list(): readonly RecentFile[] {
    return this.paths.map((path, index) => ({ index, fileName: basename(path), folder: dirname(path) }));
  }

  path(index: number): string | undefined {
    return this.paths[index];
  }

  /** Puts `path` first and saves; resolves once the list is on disk (a failed save is not fatal). */
  add(path: string): Promise<void> {
    if (!isStoredPath(path)) return this.saving;
    this.paths = [path, ...this.paths.filter((known) => known !== path)].slice(0, MAX_RECENT_FILES);
    for (const listener of this.listeners) listener();
    const snapshot = JSON.stringify(this.paths, null, 2);
    // Saves run one after another so an older list can never overwrite a newer one.
    this.saving = this.saving.then(() => this.save(snapshot)).catch(() => undefined);
    return this.saving;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private async save(text: string): Promise<void> {
    await mkdir(dirname(this.storePath), { recursive: true });
    // Write then rename: a crash mid-write leaves the previous list intact, not half a JSON file.
    const temporary = `${this.storePath}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, this.storePath);
  }
}
