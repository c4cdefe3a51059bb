// What the app asks of the engine: open one file (reports for every message, the preview of the first)
// and preview another message of the same file. Paths stay on this side; the renderer gets results.

import { basename } from 'node:path';

import type { MessagePreview, OpenOutcome } from '../../shared/ipc/contract';
import type { MessageReport } from '../../shared/model/report';
import type { ViewResult } from './jobs';
import { describeError } from './read-only-file';
import { messageBytes, scanFile } from './scan-file';
import type { WorkerPool } from './worker-pool';

export interface OpenOptions {
  readonly extraAddresses?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

async function viewMessage(path: string, index: number, pool: WorkerPool, options: OpenOptions): Promise<ViewResult> {
  const { bytes, format } = await messageBytes(path, index);
  const extraAddresses = options.extraAddresses ?? [];
  return (await pool.run({ kind: 'view', bytes, format, index, options: { extraAddresses } })) as ViewResult;
}

export async function openMailFile(path: string, pool: WorkerPool, options: OpenOptions = {}): Promise<OpenOutcome> {
  const fileName = basename(path);
  const report = await scanFile(path, pool, { extraAddresses: options.extraAddresses ?? [] });
  options.onProgress?.(1, 1);
  if (report.messages.length === 0) {
    return { kind: 'failed', fileName, error: report.error ?? 'no message found in the file' };
  }
  const first = report.messages.find((message) => !message.error);
  let preview: MessagePreview | null = null;
  let messages: readonly MessageReport[] = report.messages;
  if (first) {
    try {
      const viewed = await viewMessage(path, first.index, pool, options);
      preview = viewed.preview;
      // The view's report comes from the same parse as the preview: use it, so marker ids match.
      messages = report.messages.map((message) => (message.index === first.index ? viewed.report : message));
    } catch (error) {
      return { kind: 'failed', fileName, error: describeError(error) };
    }
  }
  return { kind: 'opened', mail: { fileName, sha256: report.sha256, format: report.format, messages, preview } };
}

export async function previewMessage(
  path: string,
  index: number,
  pool: WorkerPool,
  options: OpenOptions = {},
): Promise<MessagePreview | { error: string }> {
  try {
    return (await viewMessage(path, index, pool, options)).preview;
  } catch (error) {
    return { error: describeError(error) };
  }
}
