// Scans files for `maillens scan` and hands every message to a sink as soon as it is read, in input
// order (files as given, then the messages of an mbox in file order), never holding more than a bounded
// window of files and messages in flight: a few per worker and at most WINDOW_BYTES of mail bytes.
// A file read whole (.eml, .msg, or one that cannot be read) goes through scanFile(); an mbox is
// streamed here, message by message, so its reports are written out instead of collected.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { MailFormat } from '../../shared/model/mail';
import { failedMessage, type FileReport, type MessageReport } from '../../shared/model/report';
import type { ScanOptions } from '../engine/jobs';
import { describeError, readHead } from '../engine/read-only-file';
import { scanFile } from '../engine/scan-file';
import type { WorkerPool } from '../engine/worker-pool';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessages } from '../readers/mbox-reader';
import { detectFormat } from '../readers/read-mail';

/**
 * Mail in flight at most, counted in the messages' sizes (one message larger than this still goes,
 * alone). An mbox's messages are read by the workers, so this bounds the reports waiting here to be
 * written in order, not bytes held; a wide window keeps both workers busy past a slow message.
 */
const WINDOW_BYTES = 64 * 1024 * 1024;
const WINDOW_ITEMS_PER_WORKER = 32;

/** What is known of a file before its messages: all of it for a file read whole; path and format for an mbox. */
export interface FileStart {
  readonly file: string;
  readonly format: MailFormat | null;
  /** Known here for a file read whole; an mbox's comes with its end (it is hashed while streamed). */
  readonly sha256?: string;
  readonly error?: string;
}

export interface FileEnd {
  readonly file: string;
  readonly format: MailFormat | null;
  readonly sha256: string;
  readonly error?: string;
  /** Messages handed to the sink for this file. */
  readonly messages: number;
  /** False when reading stopped part way (the file could not be read to its end). */
  readonly complete: boolean;
}

/** Receives, per file in input order: begin, each message in order, end. Calls never overlap. */
export interface ScanSink {
  begin(file: FileStart): void | Promise<void>;
  message(file: FileStart, message: MessageReport): void | Promise<void>;
  end(file: FileEnd): void | Promise<void>;
}

type Delivery = () => Promise<void>;

interface Slot {
  readonly result: Promise<Delivery>;
  readonly bytes: number;
  settled: boolean;
}

/** Work in flight, delivered to the sink strictly in the order it was added. */
class OrderedWindow {
  private readonly slots: Slot[] = [];
  private bytes = 0;

  constructor(
    private readonly maxItems: number,
    private readonly maxBytes: number,
  ) {}

  /** Adds work (its promise must not reject); first delivers what is done and waits while the window is full. */
  async add(result: Promise<Delivery>, bytes = 0): Promise<void> {
    while (this.slots[0]?.settled) await this.deliverHead();
    while (
      this.slots.length >= this.maxItems ||
      (this.slots.length > 0 && bytes > 0 && this.bytes + bytes > this.maxBytes)
    ) {
      await this.deliverHead();
    }
    const slot: Slot = { result, bytes, settled: false };
    void result.then(() => (slot.settled = true));
    this.slots.push(slot);
    this.bytes += bytes;
  }

  async finish(): Promise<void> {
    while (this.slots.length) await this.deliverHead();
  }

  private async deliverHead(): Promise<void> {
    const slot = this.slots.shift()!;
    const deliver = await slot.result;
    this.bytes -= slot.bytes;
    await deliver();
  }
}

const now = (deliver: Delivery): Promise<Delivery> => Promise.resolve(deliver);

async function isMbox(path: string): Promise<{ mbox: boolean; size: number }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { mbox: false, size: 0 };
    return { mbox: detectFormat(await readHead(path), basename(path)) === 'mbox', size: info.size };
  } catch {
    return { mbox: false, size: 0 }; // scanFile() reports it
  }
}

async function deliverWhole(sink: ScanSink, report: FileReport): Promise<void> {
  const { file, sha256, format, error } = report;
  const start: FileStart = { file, sha256, format, ...(error !== undefined ? { error } : {}) };
  await sink.begin(start);
  for (const message of report.messages) await sink.message(start, message);
  await sink.end({ ...start, sha256, messages: report.messages.length, complete: true });
}

async function streamMbox(
  path: string,
  size: number,
  pool: WorkerPool,
  options: ScanOptions,
  sink: ScanSink,
  window: OrderedWindow,
): Promise<void> {
  const start: FileStart = { file: path, format: 'mbox' };
  await window.add(now(async () => sink.begin(start)));
  const hash = createHash('sha256');
  let count = 0;
  let failed = 0;
  let stopped: string | undefined;
  try {
    checkSize(size, LIMITS.maxMboxBytes, 'the mbox file');
    // Spans only: each worker reads its message from the file itself, so this thread never holds them.
    const messages = readMboxMessages(path, (chunk) => hash.update(chunk), { spansOnly: true });
    for await (const message of messages) {
      count += 1;
      const report: Promise<MessageReport> = message.error
        ? Promise.resolve(failedMessage(message.index, message.error))
        : pool.run({ kind: 'scan-span', path, span: message.span, index: message.index, options }).then(
            (result) => result as MessageReport,
            (error: unknown) => failedMessage(message.index, describeError(error)),
          );
      const delivery = report.then((result) => {
        if (result.error) failed += 1;
        return async () => sink.message(start, result);
      });
      await window.add(delivery, message.error ? 0 : message.span.length);
    }
  } catch (error) {
    stopped = describeError(error);
  }
  const sha256 = stopped === undefined ? hash.digest('hex') : '';
  // Delivered after every message of the file, so `failed` is final by then.
  await window.add(
    now(async () => {
      const error =
        stopped ??
        (count === 0
          ? 'no message found in the mbox'
          : failed
            ? `${failed} of ${count} messages could not be read`
            : undefined);
      await sink.end({
        file: path,
        format: 'mbox',
        sha256,
        ...(error !== undefined ? { error } : {}),
        messages: count,
        complete: stopped === undefined,
      });
    }),
  );
}

/** Scans `paths` in order into `sink`. Memory stays flat however many files or messages there are. */
export async function scanToSink(
  paths: readonly string[],
  pool: WorkerPool,
  sink: ScanSink,
  options: ScanOptions = {},
): Promise<void> {
  const window = new OrderedWindow(Math.max(8, pool.size * WINDOW_ITEMS_PER_WORKER), WINDOW_BYTES);
  for (const path of paths) {
    const probe = await isMbox(path);
    if (probe.mbox) {
      await streamMbox(path, probe.size, pool, options, sink, window);
    } else {
      const report = scanFile(path, pool, options);
      await window.add(
        report.then((result) => async () => deliverWhole(sink, result)),
        Math.min(probe.size, WINDOW_BYTES),
      );
    }
  }
  await window.finish();
}
