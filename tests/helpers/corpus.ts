// The team's real-mail corpus beside the repository (read-only; never copied into the repo).

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

export function listFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && !/^(README|COPYING|LICENSE)/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export function corpusFiles(subfolder = ''): string[] {
  if (!existsSync(CORPUS)) {
    throw new Error(`the team corpus is missing: expected ../shared/corpus beside the repository (${CORPUS})`);
  }
  return listFiles(join(CORPUS, subfolder)).filter((path) => statSync(path).size > 0);
}
