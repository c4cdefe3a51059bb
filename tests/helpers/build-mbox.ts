// Builds an mbox from real corpus mails in a temporary folder (never in the repository): each mail after
// a `From ` separator line, its own `From ` lines quoted as mboxrd does (`From ` -> `>From `).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { corpusFiles } from './corpus';

const SEPARATOR = 'From maillens-test@example.invalid Thu Jan  1 00:00:00 2026\n';

/** A message as an mboxrd file stores it: `From ` lines quoted, ending in a line end. */
export function mboxrdEntry(bytes: Buffer): string {
  const text = bytes.toString('latin1').replace(/^(>*From )/gm, '>$1');
  return `${SEPARATOR}${text.endsWith('\n') ? text : `${text}\n`}\n`;
}

/** The corpus's .eml files, in a fixed order (sorted by path). */
export function corpusEmlFiles(): string[] {
  return corpusFiles('eml').filter((path) => path.endsWith('.eml'));
}

/** Writes `count` corpus mails (cycling through them when count is larger) into `folder/name`. */
export function writeCorpusMbox(folder: string, name: string, count: number): { path: string; sources: string[] } {
  const all = corpusEmlFiles();
  const sources = Array.from({ length: count }, (_, index) => all[index % all.length]!);
  const path = join(folder, name);
  writeFileSync(path, sources.map((source) => mboxrdEntry(readFileSync(source))).join(''), 'latin1');
  return { path, sources };
}
