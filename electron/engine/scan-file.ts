// Scans one file on disk: reads it read-only, hashes it, and sends each message to the worker pool.
// An mbox is streamed; its messages are parsed a few at a time so memory stays flat.

import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { failedMessage, type FileReport, type MessageReport } from '../../shared/model/report';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessages } from '../readers/mbox-reader';
import { detectFormat, type MessageFormat } from '../readers/read-mail';
import type { JobRequest, JobResult, PreviewResult } from './jobs';
import type { WorkerPool } from './worker-pool';

/** Reads a whole file with a read-only handle (the engine never opens input for writing). */
export async function readFileReadOnly(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

async function scanMbox(path: string, pool: WorkerPool): Promise<{ sha256: string; messages: MessageReport[] }> {
  const hash = createHash('sha256');
  const inFlight = new Set<Promise<void>>();
  const messages: MessageReport[] = [];
  const maxInFlight = pool.size * 2;
  for await (const message of readMboxMessages(path, (chunk) => hash.update(chunk))) {
    if (message.error) {
      messages[message.index - 1] = failedMessage(message.index, message.error);
      continue;
    }
    const job: JobRequest = { kind: 'scan', bytes: message.bytes, format: 'eml', index: message.index };
    const task = pool.run(job).then(
      (result) => void (messages[message.index - 1] = result as MessageReport),
      (error: unknown) => void (messages[message.index - 1] = failedMessage(message.index, describe(error))),
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { sha256: hash.digest('hex'), messages: messages.filter(Boolean) };
}

export async function scanFile(path: string, pool: WorkerPool): Promise<FileReport> {
  let format: FileReport['format'] = null;
  let sha256 = '';
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file: path, sha256, format, error: 'not a regular file', messages: [] };
    format = detectFormat(await readHead(path), basename(path));
    if (format === 'mbox') {
      checkSize(info.size, LIMITS.maxMboxBytes, 'the mbox file');
      const result = await scanMbox(path, pool);
      const failed = result.messages.filter((message) => message.error).length;
      const error = failed ? `${failed} of ${result.messages.length} messages could not be read` : undefined;
      return { file: path, sha256: result.sha256, format, ...(error ? { error } : {}), messages: result.messages };
    }
    checkSize(info.size, LIMITS.maxMessageBytes, 'the file');
    const bytes = await readFileReadOnly(path);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    const report = (await pool.run({ kind: 'scan', bytes, format, index: 1 })) as MessageReport;
    return { file: path, sha256, format, messages: [report] };
  } catch (error) {
    return { file: path, sha256, format, error: describe(error), messages: [] };
  }
}

/** The bytes of message `index` (1-based) of a file: the file itself, or one message of an mbox. */
export async function messageBytes(path: string, index: number): Promise<{ bytes: Buffer; format: MessageFormat }> {
  const format = detectFormat(await readHead(path), basename(path));
  if (format !== 'mbox') {
    if (index !== 1) throw new Error(`${basename(path)} holds one message, not ${index}`);
    checkSize((await stat(path)).size, LIMITS.maxMessageBytes, 'the file');
    return { bytes: await readFileReadOnly(path), format };
  }
  let count = 0;
  for await (const message of readMboxMessages(path)) {
    count = message.index;
    if (message.index !== index) continue;
    if (message.error) throw new Error(message.error);
    return { bytes: message.bytes, format: 'eml' };
  }
  throw new Error(`the mbox holds ${count} messages; there is no message ${index}`);
}

export function isPreview(result: JobResult): result is PreviewResult {
  return 'html' in result;
}
