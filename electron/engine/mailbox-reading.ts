// Reads a whole mailbox (an mbox, or a folder of mail files, Maildirs and mboxes) message by message and
// hands each message's compact summary and location to the caller as soon as it is known. At most a few
// messages per worker and WINDOW_BYTES of mail are in flight, so memory stays flat however big the
// mailbox; the caller's AbortSignal stops it between messages.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { unreadableSummary } from '../../shared/mailbox/summarise-message';
import type { MessageSummary } from '../../shared/model/mailbox';
import { checkSize, LIMITS } from '../readers/limits';
import { listMailSources, type MailSource } from '../readers/mailbox-sources';
import { readMboxMessages } from '../readers/mbox-reader';
import type { MboxSpan } from '../readers/mbox-splitter';
import { detectFormat, type MessageFormat } from '../readers/read-mail';
import { describeError, readHead } from './read-only-file';
import type { WorkerPool } from './worker-pool';

/**
 * Mail in flight at most, counted in the messages' sizes (one message larger than this still goes,
 * alone). The workers read the messages themselves, so this bounds work queued, not bytes held here.
 */
const WINDOW_BYTES = 64 * 1024 * 1024;
const WINDOW_ITEMS_PER_WORKER = 8;

/** Where a message's bytes are: a file read whole, or a span of an mbox. */
export interface MessageLocation {
  readonly path: string;
  readonly format: MessageFormat;
  readonly span: MboxSpan | null;
}

export interface ReadingSink {
  /** A message was read (or could not be): `location` is null when there are no bytes to go back to. */
  message(summary: MessageSummary, location: MessageLocation | null): void;
  /** A file of the folder was done (`bytes`: its size), or a chunk of an mbox was read. */
  bytes(count: number): void;
  file(): void;
  skipped(): void;
  /** The folder has been listed: the bytes to read in all. */
  total(bytes: number): void;
}

/** Work in flight: waits while more than the window holds. */
class Window {
  private readonly inFlight = new Set<Promise<void>>();
  private bytes = 0;

  constructor(private readonly maxItems: number) {}

  async add(work: Promise<void>, bytes: number): Promise<void> {
    this.bytes += bytes;
    const tracked = work.finally(() => {
      this.inFlight.delete(tracked);
      this.bytes -= bytes;
    });
    this.inFlight.add(tracked);
    while (this.inFlight.size >= this.maxItems || (this.inFlight.size > 1 && this.bytes > WINDOW_BYTES)) {
      await Promise.race(this.inFlight);
    }
  }

  finish(): Promise<unknown> {
    return Promise.all(this.inFlight);
  }
}

export interface ReadingContext {
  readonly pool: () => WorkerPool;
  readonly signal: AbortSignal;
  readonly sink: ReadingSink;
  /** The next message's id. */
  nextId: number;
}

async function readMbox(path: string, source: string, context: ReadingContext, window: Window): Promise<void> {
  const { signal, sink } = context;
  checkSize((await stat(path)).size, LIMITS.maxMboxBytes, 'the mbox file');
  let messages = 0;
  // Spans only: each worker reads its message from the file itself and answers with its summary.
  const found = readMboxMessages(path, (chunk) => sink.bytes(chunk.length), { spansOnly: true });
  for await (const message of found) {
    if (signal.aborted) return;
    const id = context.nextId++;
    messages += 1;
    const location: MessageLocation = { path, format: 'eml', span: message.span };
    if (message.error) {
      sink.message(unreadableSummary(id, source, message.index, message.error), null);
      continue;
    }
    const job = context
      .pool()
      .run({ kind: 'scan-span', path, span: message.span, index: message.index, mailbox: { id, source } })
      .then(
        (summary) => {
          if (!signal.aborted) sink.message(summary as MessageSummary, location);
        },
        (error: unknown) => {
          if (!signal.aborted)
            sink.message(unreadableSummary(id, source, message.index, describeError(error)), location);
        },
      );
    await window.add(job, message.span.length);
  }
  if (messages === 0 && !signal.aborted) {
    sink.message(unreadableSummary(context.nextId++, source, 1, 'no message found in the mbox'), null);
  }
}

async function readWholeFile(path: string, source: string, format: MessageFormat, context: ReadingContext) {
  const { signal, sink } = context;
  const id = context.nextId++;
  const location: MessageLocation = { path, format, span: null };
  try {
    const summary = (await context
      .pool()
      .run({ kind: 'scan-file', path, format, mailbox: { id, source } })) as MessageSummary;
    if (!signal.aborted) sink.message(summary, location);
  } catch (error) {
    if (!signal.aborted) sink.message(unreadableSummary(id, source, 1, describeError(error)), null);
  }
}

async function readSource(source: MailSource & { kind: 'file' }, context: ReadingContext, window: Window) {
  const format = detectFormat(await readHead(source.path), basename(source.path));
  if (format === 'mbox') {
    await window.finish();
    await readMbox(source.path, source.relative, context, window);
    context.sink.file();
    return;
  }
  const done = readWholeFile(source.path, source.relative, format, context).then(() => {
    context.sink.bytes(source.size);
    context.sink.file();
  });
  await window.add(done, Math.min(source.size, WINDOW_BYTES));
}

/** Reads one mbox file. */
export async function readMailboxFile(path: string, context: ReadingContext): Promise<void> {
  const window = new Window(Math.max(4, context.pool().size * WINDOW_ITEMS_PER_WORKER));
  try {
    await readMbox(path, basename(path), context, window);
  } finally {
    await window.finish();
  }
  context.sink.file();
}

/** Reads every mail file in a folder: first lists it (for the total), then reads file by file. */
export async function readMailFolder(root: string, context: ReadingContext): Promise<void> {
  const { signal, sink } = context;
  const files: (MailSource & { kind: 'file' })[] = [];
  let total = 0;
  for await (const source of listMailSources(root, { signal, onSkipped: () => sink.skipped() })) {
    if (signal.aborted) return;
    if (source.kind === 'error') {
      sink.message(unreadableSummary(context.nextId++, source.relative, 1, source.error), null);
      continue;
    }
    files.push(source);
    total += source.size;
  }
  sink.total(total);
  const window = new Window(Math.max(4, context.pool().size * WINDOW_ITEMS_PER_WORKER));
  try {
    for (const source of files) {
      if (signal.aborted) break;
      try {
        await readSource(source, context, window);
      } catch (error) {
        sink.message(unreadableSummary(context.nextId++, source.relative, 1, describeError(error)), null);
        sink.file();
      }
    }
  } finally {
    await window.finish();
  }
}
