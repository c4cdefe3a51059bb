// Expands the CLI's arguments: files are taken as given; folders are walked for mail files.
// Symbolic links inside folders are not followed (no loops, no escaping the folder).

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const MAIL_EXTENSIONS = /\.(eml|msg|oft|mbox|mbx)$/i;

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && MAIL_EXTENSIONS.test(entry.name)) out.push(path);
  }
}

export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, files);
    else files.push(path); // a missing file is reported by the scan, with the others
  }
  return files;
}
