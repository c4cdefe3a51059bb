// Scans one file on disk. A single message (.eml, .msg) is read, hashed and parsed by a worker; an mbox
// is streamed here and its messages are parsed a few at a time by the pool, so memory stays flat.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { failedMessage, type FileReport, type MessageReport } from '../../shared/model/report';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessages } from '../readers/mbox-reader';
import { detectFormat, type MessageFormat } from '../readers/read-mail';
import type { JobResult, PreviewResult, ScannedFile, ScanOptions } from './jobs';
import { describeError, readFileReadOnly, readHead } from './read-only-file';
import type { WorkerPool } from './worker-pool';

async function scanMbox(
  path: string,
  pool: WorkerPool,
  options: ScanOptions,
): Promise<{ sha256: string; messages: MessageReport[] }> {
  const hash = createHash('sha256');
  const inFlight = new Set<Promise<void>>();
  const messages: MessageReport[] = [];
  const maxInFlight = pool.size * 2;
  for await (const message of readMboxMessages(path, (chunk) => hash.update(chunk))) {
    if (message.error) {
      messages[message.index - 1] = failedMessage(message.index, message.error);
      continue;
    }
    const task = pool.run({ kind: 'scan', bytes: message.bytes, format: 'eml', index: message.index, options }).then(
      (result) => void (messages[message.index - 1] = result as MessageReport),
      (error: unknown) => void (messages[message.index - 1] = failedMessage(message.index, describeError(error))),
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { sha256: hash.digest('hex'), messages: messages.filter(Boolean) };
}

export async function scanFile(path: string, pool: WorkerPool, options: ScanOptions = {}): Promise<FileReport> {
  let format: FileReport['format'] = null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file: path, sha256: '', format, error: 'not a regular file', messages: [] };
    format = detectFormat(await readHead(path), basename(path));
    if (format === 'mbox') {
      checkSize(info.size, LIMITS.maxMboxBytes, 'the mbox file');
      const result = await scanMbox(path, pool, options);
      const failed = result.messages.filter((message) => message.error).length;
      const error =
        result.messages.length === 0
          ? 'no message found in the mbox'
          : failed
            ? `${failed} of ${result.messages.length} messages could not be read`
            : undefined;
      return { file: path, sha256: result.sha256, format, ...(error ? { error } : {}), messages: result.messages };
    }
    const scanned = (await pool.run({ kind: 'scan-file', path, format, options })) as ScannedFile;
    return { file: path, sha256: scanned.sha256, format, messages: [scanned.report] };
  } catch (error) {
    return { file: path, sha256: '', format, error: describeError(error), messages: [] };
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
