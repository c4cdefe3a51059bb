// Streams an .mbox file from disk (opened read-only) and yields its messages one at a time, each with
// its span in the file so that readMboxMessageAt (mbox-message-at.ts) can read it again by seeking.

import { createReadStream } from 'node:fs';

import { LIMITS } from './limits';
import { MboxSplitter, type MboxMessage } from './mbox-splitter';

/** `spansOnly`: messages come with their spans but without their bytes (see MboxSplitter). */
export async function* readMboxMessages(
  path: string,
  onBytes?: (chunk: Buffer) => void,
  options: { readonly spansOnly?: boolean } = {},
): AsyncGenerator<MboxMessage> {
  const splitter = new MboxSplitter(LIMITS.maxMessageBytes, options.spansOnly === true);
  const stream = createReadStream(path, { flags: 'r', highWaterMark: 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk);
    yield* splitter.push(chunk);
  }
  yield* splitter.end();
}
