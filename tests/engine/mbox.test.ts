import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readMboxMessages } from '../../electron/readers/mbox-reader';
import { MboxSplitter } from '../../electron/readers/mbox-splitter';
import { CORPUS, corpusFiles } from '../helpers/corpus';

function split(text: string, chunkSize = 7): string[] {
  const splitter = new MboxSplitter(1024 * 1024);
  const bytes = Buffer.from(text, 'latin1');
  const out = [];
  for (let i = 0; i < bytes.length; i += chunkSize) out.push(...splitter.push(bytes.subarray(i, i + chunkSize)));
  out.push(...splitter.end());
  return out.map((message) => message.error ?? message.bytes.toString('latin1'));
}

async function countMessages(path: string): Promise<number> {
  let count = 0;
  for await (const message of readMboxMessages(path)) {
    expect(message.error).toBeUndefined();
    count += 1;
  }
  return count;
}

/** Python's mailbox module, as an independent count. */
function pythonCount(path: string): number {
  const script = 'import mailbox,sys; print(len(mailbox.mbox(sys.argv[1], create=False)))';
  return Number(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).trim());
}

describe('mbox splitting', () => {
  it('splits on From_ lines and unmunges mboxrd quoting', () => {
    const mbox =
      'From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\n\n>From the start\n>>From quoted\n\n' +
      'From b@example.org Mon Jan  1 00:00:01 2024\nSubject: two\n\nbody\n';
    expect(split(mbox)).toEqual(['Subject: one\n\nFrom the start\n>From quoted\n', 'Subject: two\n\nbody\n']);
  });

  it('keeps a body line that only starts with "From " (unmunged mbox)', () => {
    const mbox = 'From -\nSubject: one\n\nFrom Russia with love\n\nFrom -\nSubject: two\n\nx\n';
    expect(split(mbox)).toEqual(['Subject: one\n\nFrom Russia with love\n', 'Subject: two\n\nx\n']);
  });

  it('trusts a Content-Length that ends at the next separator, even across a From_ line', () => {
    const body = 'line\nFrom me at 10:00 today\nend\n';
    const mbox = `From x Mon Jan  1 00:00:00 2024\nContent-Length: ${body.length}\n\n${body}\nFrom y Mon Jan  1 00:00:00 2024\nSubject: 2\n\nz\n`;
    const messages = split(mbox);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('From me at 10:00 today');
  });

  it('falls back to From_ lines when Content-Length is wrong', () => {
    const mbox =
      'From x Mon Jan  1 00:00:00 2024\nContent-Length: 9999\n\nbody\n\n' +
      'From y Mon Jan  1 00:00:00 2024\nSubject: 2\n\nz\n';
    expect(split(mbox)).toHaveLength(2);
  });

  it('handles CRLF, a byte-order mark and a file without a From_ line', () => {
    expect(split('\uFEFFFrom -\r\nSubject: a\r\n\r\nx\r\n'.replace('\uFEFF', '\xEF\xBB\xBF'))).toEqual([
      'Subject: a\r\n\r\nx\r\n',
    ]);
    expect(split('Subject: bare\n\nbody\n')).toEqual(['Subject: bare\n\nbody\n']);
  });

  it('reads classic Mac OS line endings (CR alone)', () => {
    const mbox =
      'From a Mon Jan  1 00:00:00 2024\rSubject: one\r\rx\r\rFrom b Mon Jan  1 00:00:00 2024\rSubject: two\r\ry\r';
    expect(split(mbox, 1000)).toEqual(['Subject: one\n\nx\n', 'Subject: two\n\ny\n']);
  });

  it('reports a message over the size limit instead of truncating it', () => {
    const splitter = new MboxSplitter(100);
    const big = `From x Mon Jan  1 00:00:00 2024\nSubject: big\n\n${'y'.repeat(500)}\nFrom z Mon Jan  1 00:00:00 2024\nSubject: ok\n\nz\n`;
    const out = [...splitter.push(Buffer.from(big)), ...splitter.end()];
    expect(out.map((message) => Boolean(message.error))).toEqual([true, false]);
    // The oversize message still says where it lies: from after its From_ line to the next one.
    expect(out[0]?.span).toMatchObject({ offset: 32, length: big.indexOf('From z') - 32 });
  });

  it('gives each message the byte range of its lines in the file, whatever the chunk size', () => {
    const mbox =
      '\xEF\xBB\xBF\nFrom a Mon Jan  1 00:00:00 2024\nSubject: one\n\n>From x\n\n' +
      'From b Mon Jan  1 00:00:00 2024\nContent-Length: 2\n\ny\n';
    const bytes = Buffer.from(mbox, 'latin1');
    const first = { offset: 36, length: 'Subject: one\n\n>From x\n'.length, unmunge: true, crOnly: false };
    const second = { offset: mbox.indexOf('Content-Length'), length: 'Content-Length: 2\n\ny\n'.length };
    for (const chunkSize of [1, 5, 1000]) {
      const splitter = new MboxSplitter(1024);
      const out = [];
      for (let i = 0; i < bytes.length; i += chunkSize) out.push(...splitter.push(bytes.subarray(i, i + chunkSize)));
      out.push(...splitter.end());
      expect(out.map((message) => message.span)).toEqual([first, { ...second, unmunge: false, crOnly: false }]);
    }
  });

  const files = corpusFiles('mbox');
  it.each(files.map((path) => [path.slice(CORPUS.length + 1), path]))(
    'matches Python mailbox on %s',
    async (name, path) => {
      const ours = await countMessages(path);
      if (name === join('mbox', 'mimekit', 'unmunged.mbox.txt')) {
        // Python counts every "From " line; this file (from MimeKit's tests) has two messages whose bodies
        // start lines with "From Russia with love", and begins with a byte-order mark.
        expect(pythonCount(path)).toBe(3);
        expect(ours).toBe(2);
        return;
      }
      expect(ours).toBe(pythonCount(path));
    },
  );
});
