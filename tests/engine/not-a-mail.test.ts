// A file that is not a mail is an error, never a clean mail with "no tracker found"; a real mail saved
// with odd line ends or a byte-order mark is still read as one.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readMessage } from '../../electron/readers/read-mail';
import { findRemoteReferences } from '../../shared/references/find-references';

const FIXTURES = join(__dirname, '..', 'fixtures', 'not-mail');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** Deterministic pseudo-random bytes (xorshift), so the test is the same on every run. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

describe('a file that is not a mail', () => {
  it.each([
    ['random bytes', () => randomBytes(5000, 20261203), /binary data/],
    ['more random bytes', () => randomBytes(100_000, 7), /binary data/],
    ['a PNG picture', () => fixture('picture.eml'), /binary data/],
    ['a PDF document', () => fixture('report.eml'), /%PDF-1\.4/],
    ['a plain text note', () => fixture('note.eml'), /starts with "Dear reader,"/],
    ['blank space', () => Buffer.from('   \n  \n'), /nothing but blank space/],
  ])('%s is refused with a clear one-line reason', async (_name, bytes, detail) => {
    const error = await readMessage(bytes(), 'eml').then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.name).toBe('InputError');
    expect(error?.message).toMatch(/^not a mail file: it has no mail headers/);
    expect(error?.message).toMatch(detail);
    expect(error?.message).not.toMatch(/\n/);
  });
});

describe('a real mail in an unusual form', () => {
  it.each([
    ['classic Mac OS line ends (CR alone)', 'mac-line-ends.eml', 'Mac line ends', 'https://t.example.net/open.gif'],
    ['a UTF-8 byte-order mark', 'byte-order-mark.eml', 'With a byte-order mark', 'https://t.example.net/bom.gif'],
    ["Apple Mail's .emlx wrapping", 'apple-mail.emlx', 'Saved by Apple Mail', 'https://t.example.net/emlx.gif'],
  ])('with %s is read, its pixel found', async (_name, file, subject, url) => {
    const message = await readMessage(fixture(file), 'eml');
    expect(message.subject).toBe(subject);
    expect(message.from[0]?.address).toBe('news@shop.example');
    expect(findRemoteReferences(message).map((reference) => reference.url)).toContain(url);
  });

  it('with a line of spaces before its headers is read', async () => {
    const message = await readMessage(
      Buffer.concat([Buffer.from(' '.repeat(80) + '\n'), fixture('byte-order-mark.eml').subarray(3)]),
      'eml',
    );
    expect(message.subject).toBe('With a byte-order mark');
  });

  it('with an empty header section (as inside an mbox) is read, not refused', async () => {
    const message = await readMessage(Buffer.from('\nJust a body\n'), 'eml');
    expect(message.bodies.map((body) => body.content.trim())).toContain('Just a body');
  });
});
