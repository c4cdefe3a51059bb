// Lists the mail files in a folder the reader opened or dropped (a folder of saved mails, a Thunderbird
// profile, a Maildir, an Apple Mail folder), depth-first and sorted by name so the order is the same on
// every run. Only regular files are ever opened, read-only and never more than their first bytes.
//
// - Mail by name: .eml .msg .oft .mbox .mbx .emlx, any case.
// - Maildir: every file in `cur` or `new` beside another of `cur`/`new`/`tmp` (`tmp` holds mail still
//   being delivered and is skipped); a Maildir file name (`<time>.<id>.<host>:2,<flags>`) anywhere.
// - Mail by content: a file without extension (Thunderbird's `Inbox` beside `Inbox.msf`) that starts
//   with `From ` or a header line. Everything else is skipped and only counted through onSkipped.
// - A named pipe, socket or device, a broken or looping symbolic link and an unreadable folder each
//   give one error row; the walk goes on with the rest.

import { constants, type BigIntStats } from 'node:fs';
import { lstat, open, opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export type MailSource =
  | { readonly kind: 'file'; readonly path: string; readonly relative: string; readonly size: number }
  | { readonly kind: 'error'; readonly relative: string; readonly error: string };

export interface MailSourceOptions {
  /** Stops the walk between two entries. */
  readonly signal?: AbortSignal;
  /** A file (or a Maildir's `tmp`, or a folder reached twice) that is not listed. */
  readonly onSkipped?: (relative: string) => void;
}

const MAIL_EXTENSIONS = new Set(['.eml', '.msg', '.oft', '.mbox', '.mbx', '.emlx']);
const MAILDIR_PARTS = new Set(['cur', 'new', 'tmp']);
/** Maildir's info suffix `:2,<flags>`; `!` or `,` stands for the colon where names cannot hold one. */
const MAILDIR_NAME = /[:!,]2,[A-Za-z]*$/;
/** Optional UTF-8 byte-order mark, then an mbox From_ line or an RFC 5322 field name and colon. */
const MAIL_START = /^(?:\xEF\xBB\xBF)?(?:From |[!-9;-~]+:)/;
const SNIFF_BYTES = 64;
/** Real mail trees nest a few levels (Apple Mail about 8); deeper is a mistake or a trap. */
const MAX_DEPTH = 32;
/** Non-blocking, so a file swapped for a named pipe after its stat cannot hang the open. */
const SNIFF_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

interface Walk {
  readonly options: MailSourceOptions;
  /** Folders read so far and folders being read, by device and inode. */
  readonly visited: Set<string>;
  readonly ancestors: Set<string>;
}

export async function* listMailSources(root: string, options: MailSourceOptions = {}): AsyncGenerator<MailSource> {
  const walk: Walk = { options, visited: new Set(), ancestors: new Set() };
  let stats: BigIntStats;
  try {
    stats = await stat(root, { bigint: true });
  } catch (error) {
    yield failure('.', describeError(error));
    return;
  }
  if (!stats.isDirectory()) yield failure('.', 'not a folder');
  else yield* listFolder(walk, root, '', stats, 0, false);
}

async function* listFolder(
  walk: Walk,
  path: string,
  relative: string,
  stats: BigIntStats,
  depth: number,
  inMaildir: boolean,
): AsyncGenerator<MailSource> {
  const key = folderKey(stats);
  walk.visited.add(key);
  walk.ancestors.add(key);
  try {
    let names: string[];
    try {
      names = await readNames(path, walk.options.signal);
    } catch (error) {
      yield failure(relative || '.', describeError(error));
      return;
    }
    const isMaildir = names.filter((name) => MAILDIR_PARTS.has(name)).length >= 2;
    for (const name of names) {
      if (walk.options.signal?.aborted) return;
      const entry = { path: join(path, name), relative: relative ? join(relative, name) : name, name };
      yield* listEntry(walk, entry, depth, inMaildir, isMaildir);
    }
  } finally {
    walk.ancestors.delete(key);
  }
}

interface Entry {
  readonly path: string;
  readonly relative: string;
  readonly name: string;
}

async function* listEntry(
  walk: Walk,
  entry: Entry,
  depth: number,
  inMaildir: boolean,
  parentIsMaildir: boolean,
): AsyncGenerator<MailSource> {
  const found = await statEntry(entry);
  if ('kind' in found) {
    yield found;
  } else if (found.stats.isDirectory()) {
    yield* listSubfolder(walk, entry, found, depth, parentIsMaildir);
  } else {
    const source = await fileSource(entry, found.stats, inMaildir);
    if (source) yield source;
    else walk.options.onSkipped?.(entry.relative);
  }
}

interface Found {
  /** What the entry is, symbolic links followed. */
  readonly stats: BigIntStats;
  readonly isLink: boolean;
}

async function statEntry({ path, relative }: Entry): Promise<Found | MailSource> {
  let isLink = false;
  try {
    const stats = await lstat(path, { bigint: true });
    isLink = stats.isSymbolicLink();
    return { stats: isLink ? await stat(path, { bigint: true }) : stats, isLink };
  } catch (error) {
    return failure(relative, isLink ? describeLinkError(error) : describeError(error));
  }
}

async function* listSubfolder(
  walk: Walk,
  { path, relative, name }: Entry,
  { stats, isLink }: Found,
  depth: number,
  parentIsMaildir: boolean,
): AsyncGenerator<MailSource> {
  const key = folderKey(stats);
  if (walk.ancestors.has(key)) {
    const what = isLink ? 'symbolic link loop' : 'folder loop';
    yield failure(relative, `${what}: ${relative} points back to a folder already read`);
  } else if (depth + 1 > MAX_DEPTH) {
    yield failure(relative, `more than ${MAX_DEPTH} folders deep; not read`);
  } else if ((parentIsMaildir && name === 'tmp') || walk.visited.has(key)) {
    walk.options.onSkipped?.(relative); // mail still being delivered, or a second way into a listed folder
  } else {
    const intoMaildir = parentIsMaildir && (name === 'cur' || name === 'new');
    yield* listFolder(walk, path, relative, stats, depth + 1, intoMaildir);
  }
}

/** The file as a source, an error row, or null when it is not mail. */
async function fileSource(
  { path, relative, name }: Entry,
  stats: BigIntStats,
  inMaildir: boolean,
): Promise<MailSource | null> {
  if (!stats.isFile()) return failure(relative, `not a regular file (${describeType(stats)})`);
  const source: MailSource = { kind: 'file', path, relative, size: Number(stats.size) };
  const verdict = name.startsWith('.') ? 'skip' : classifyByName(name, inMaildir);
  if (verdict !== 'sniff') return verdict === 'mail' ? source : null;
  try {
    return (await startsLikeMail(path, stats)) ? source : null;
  } catch (error) {
    return failure(relative, describeError(error));
  }
}

function classifyByName(name: string, inMaildir: boolean): 'mail' | 'sniff' | 'skip' {
  if (inMaildir || MAIL_EXTENSIONS.has(extname(name).toLowerCase())) return 'mail';
  return extname(name) === '' || MAILDIR_NAME.test(name) ? 'sniff' : 'skip';
}

async function readNames(path: string, signal: AbortSignal | undefined): Promise<string[]> {
  const names: string[] = [];
  for await (const dirent of await opendir(path, { bufferSize: 64 })) {
    if (signal?.aborted) break; // leaving the loop closes the folder
    names.push(dirent.name);
  }
  return names.sort();
}

async function startsLikeMail(path: string, listed: BigIntStats): Promise<boolean> {
  const handle = await open(path, SNIFF_FLAGS);
  try {
    const opened = await handle.stat({ bigint: true });
    if (!opened.isFile() || opened.ino !== listed.ino || opened.dev !== listed.dev) {
      throw new Error('the file changed while the folder was read');
    }
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return MAIL_START.test(head.toString('latin1', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

function folderKey(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`;
}

function failure(relative: string, error: string): MailSource {
  return { kind: 'error', relative, error };
}

function describeType(stats: BigIntStats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'an unknown kind of file';
}

function describeLinkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symbolic link loop: the link leads back to itself';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'broken symbolic link: what it points to does not exist';
  return describeError(error);
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder (removed while the folder was read?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}
