// Every mbox message read again through its span (readMboxMessageAt) is byte for byte the message the
// streaming splitter handed out: the corpus's mbox files, our fixtures, and generated tricky cases.
// A 50 MB mbox shows that reading its last message reads only that message's bytes.

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { readMboxMessageAt, readMboxMessageAtSync } from '../../electron/readers/mbox-message-at';
import { readMboxMessages } from '../../electron/readers/mbox-reader';
import { MboxSplitter, type MboxMessage } from '../../electron/readers/mbox-splitter';
import { CORPUS, corpusFiles, listFiles } from '../helpers/corpus';

const TEMP = mkdtempSync(join(tmpdir(), 'maillens-mbox-offsets-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

function looksLikeMbox(path: string): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.mbox' || extension === '.mbx') return true;
  if (extension !== '' || basename(path).startsWith('.')) return false;
  return readFileSync(path).subarray(0, 5).toString('latin1') === 'From ';
}

async function streamed(path: string, spansOnly = false): Promise<MboxMessage[]> {
  const out: MboxMessage[] = [];
  for await (const message of readMboxMessages(path, undefined, { spansOnly })) out.push(message);
  return out;
}

function splitInChunks(bytes: Buffer, chunkSize: number): MboxMessage[] {
  const splitter = new MboxSplitter(1024 * 1024);
  const out: MboxMessage[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) out.push(...splitter.push(bytes.subarray(at, at + chunkSize)));
  return [...out, ...splitter.end()];
}

async function expectSpansReadBack(path: string, messages: readonly MboxMessage[]): Promise<void> {
  for (const message of messages) {
    expect(message.error).toBeUndefined();
    const again = await readMboxMessageAt(path, message.span);
    expect(again.equals(message.bytes), `message ${message.index} of ${path}`).toBe(true);
    // What a parsing worker reads for itself: the same bytes.
    expect(readMboxMessageAtSync(path, message.span).equals(message.bytes), `sync, message ${message.index}`).toBe(
      true,
    );
  }
}

/** Split for spans only (the workers read the bytes), the messages and their spans are the same. */
async function expectSameSpans(path: string, messages: readonly MboxMessage[]): Promise<void> {
  const spansOnly = await streamed(path, true);
  expect(spansOnly.map((message) => [message.index, message.span, message.error])).toEqual(
    messages.map((message) => [message.index, message.span, message.error]),
  );
  expect(spansOnly.every((message) => message.bytes.length === 0)).toBe(true);
}

const mboxFiles = [
  ...new Set([...corpusFiles('mbox'), ...corpusFiles().filter(looksLikeMbox)]),
  ...listFiles(join(__dirname, '..', 'fixtures')).filter(looksLikeMbox),
].sort();

describe('mbox spans read back the streamed messages', () => {
  it('finds the corpus mbox files', () => {
    expect(mboxFiles.length).toBeGreaterThanOrEqual(20);
  });

  it.each(mboxFiles.map((path) => [path.startsWith(CORPUS) ? path.slice(CORPUS.length + 1) : path, path]))(
    '%s',
    async (_name, path) => {
      const messages = await streamed(path);
      expect(messages.length).toBeGreaterThan(0);
      await expectSpansReadBack(path, messages);
      await expectSameSpans(path, messages);
    },
  );
});

const DATE = 'Mon Jan  1 00:00:00 2024';
const clBody = 'line\nFrom me at 10:00 today\n>From quoted, kept as is\nend\n';
const TRICKY: Record<string, { text: string; messages: number }> = {
  'mboxrd quoting': {
    text: `From a ${DATE}\nSubject: one\n\n>From the start\n>>From quoted\n>>>From deeper\n\nFrom b ${DATE}\nSubject: two\n\n>From x\n`,
    messages: 2,
  },
  'quoting past the 64-byte window': {
    text: `From a ${DATE}\nSubject: one\n\n${'>'.repeat(70)}From far\n${'>'.repeat(58)}From near\n`,
    messages: 1,
  },
  'Content-Length right, across a From_ line': {
    text: `From x ${DATE}\nContent-Length: ${clBody.length}\n\n${clBody}\nFrom y ${DATE}\nSubject: 2\n\nz\n`,
    messages: 2,
  },
  'Content-Length right, at the end of the file': {
    text: `From x ${DATE}\nContent-Length: ${clBody.length}\n\n${clBody}`,
    messages: 1,
  },
  'Content-Length too long, From_ lines decide': {
    text: `From x ${DATE}\nContent-Length: 9999\n\nbody\n>From q\n\nFrom y ${DATE}\nSubject: 2\n\nz\n`,
    messages: 2,
  },
  'Content-Length wrong, swallowing two separators': {
    text: `From x ${DATE}\nContent-Length: 80\n\nbody\n\nFrom y ${DATE}\nSubject: 2\n\nz\n\nFrom z ${DATE}\nSubject: 3\n\n>From q\n`,
    messages: 3,
  },
  'Content-Length too short': {
    text: `From x ${DATE}\nContent-Length: 2\n\nbody\nmore\n\nFrom y ${DATE}\nSubject: 2\n\nz\n`,
    messages: 2,
  },
  'CR-only line ends': {
    text: `From a ${DATE}\rSubject: one\r\r>From x\rx\r\rFrom b ${DATE}\rSubject: two\r\ry\r`,
    messages: 2,
  },
  'CRLF line ends': {
    text: `From a ${DATE}\r\nSubject: one\r\n\r\n>From x\r\n\r\nFrom b ${DATE}\r\nContent-Length: 3\r\n\r\ny\r\n`,
    messages: 2,
  },
  'byte-order mark': { text: `\xEF\xBB\xBFFrom - ${DATE}\nSubject: a\n\nx\n`, messages: 1 },
  'From Russia with love': {
    text: `From -\nSubject: one\n\nFrom Russia with love\n\nFrom -\nSubject: two\n\nFrom Russia with love\n`,
    messages: 2,
  },
  'leading blank lines': {
    text: `\n\r\n\nFrom a ${DATE}\nSubject: a\n\nx\n\n\nFrom b\nSubject: b\n\ny\n`,
    messages: 2,
  },
  'headers first, no From_ line': { text: `Subject: bare\n\nbody\n\nFrom b ${DATE}\nSubject: b\n\ny\n`, messages: 2 },
  'no newline at the end': {
    text: `From a ${DATE}\nSubject: a\n\nx\n\nFrom b ${DATE}\nSubject: b\n\nlast`,
    messages: 2,
  },
  'an empty message': { text: `From a ${DATE}\n\nFrom b ${DATE}\nSubject: b\n\ny\n`, messages: 2 },
};

describe('mbox spans of generated tricky cases', () => {
  it.each(Object.entries(TRICKY))('%s', async (name, { text, messages: count }) => {
    const path = join(TEMP, `${name.replace(/\W+/g, '-')}.mbox`);
    const bytes = Buffer.from(text, 'latin1');
    writeFileSync(path, bytes);
    const messages = await streamed(path);
    expect(messages).toHaveLength(count);
    await expectSpansReadBack(path, messages);
    await expectSameSpans(path, messages);
    // The CR-only test looks at the first chunk, so tiny chunks would not see a CR in it.
    const chunkSizes = name.startsWith('CR-only') ? [40, 41, 1000] : [1, 2, 3, 7, 64];
    for (const chunkSize of chunkSizes) await expectSpansReadBack(path, splitInChunks(bytes, chunkSize));
  });
});

describe('reading one message of a 50 MB mbox', () => {
  it('reads only that message, at its offset', async () => {
    const path = join(TEMP, 'big.mbox');
    const body = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n'.repeat(128)}`;
    const fd = openSync(path, 'w');
    let written = 0;
    for (let index = 1; written < 50 * 1024 * 1024; index += 1) {
      written += writeSync(fd, `From big@example.org ${DATE}\nSubject: message ${index}\n\n>From quoted\n${body}\n`);
    }
    closeSync(fd);
    let last: MboxMessage | undefined;
    for await (const message of readMboxMessages(path)) last = message;
    if (!last) throw new Error('no message in the big mbox');
    expect(last.span.offset).toBeGreaterThan(50 * 1024 * 1024 - 20_000);

    const handle = await open(path, 'r');
    type Read = (this: unknown, ...args: unknown[]) => Promise<{ bytesRead: number }>;
    const fileHandle = Object.getPrototypeOf(handle) as { read: Read };
    await handle.close();
    const read = fileHandle.read;
    const reads: { position: number; bytesRead: number }[] = [];
    const spy = vi.spyOn(fileHandle, 'read').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      const result = await read.apply(this, args);
      reads.push({ position: Number(args[3]), bytesRead: result.bytesRead });
      return result;
    });
    try {
      const again = await readMboxMessageAt(path, last.span);
      expect(again.equals(last.bytes)).toBe(true);
    } finally {
      spy.mockRestore();
    }
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.reduce((sum, { bytesRead }) => sum + bytesRead, 0)).toBe(last.span.length);
    expect(Math.min(...reads.map(({ position }) => position))).toBe(last.span.offset);
  }, 60_000);
});

describe('a span that no longer fits the file', () => {
  it('says the mbox changed', async () => {
    const path = join(TEMP, 'shrunk.mbox');
    writeFileSync(path, `From a ${DATE}\nSubject: a\n\nx\n`);
    const [message] = await streamed(path);
    if (!message) throw new Error('no message');
    writeFileSync(path, `From a ${DATE}\n`);
    await expect(readMboxMessageAt(path, message.span)).rejects.toThrow(/the mbox changed since it was read/);
  });

  it('refuses a span over the message size limit without reading it', async () => {
    const span = { offset: 0, length: 200 * 1024 * 1024, unmunge: true, crOnly: false };
    await expect(readMboxMessageAt(join(TEMP, 'missing.mbox'), span)).rejects.toThrow(/over the 100.0 MB limit/);
  });
});
