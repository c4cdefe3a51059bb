// A mail's date is the one its Date header gives, or none: never the moment it was opened (mailparser
// puts the time of parsing in place of a Date header it cannot read).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { CORPUS } from '../helpers/corpus';

const mail = (dateLine: string) =>
  Buffer.from(`From: a@example.com\r\nTo: b@example.com\r\n${dateLine}Subject: s\r\n\r\nbody\r\n`);

describe('the date of a mail', () => {
  it('is the Date header when it can be read, folded or not', async () => {
    expect((await readEml(mail('Date: Tue, 01 Dec 2026 10:00:00 +0100\r\n'))).date).toBe('2026-12-01T09:00:00.000Z');
    expect((await readEml(mail('Date: Tue, 01 Dec 2026\r\n 10:00:00 +0100\r\n'))).date).toBe(
      '2026-12-01T09:00:00.000Z',
    );
  });

  it('is none when the Date header is missing or cannot be read', async () => {
    expect((await readEml(mail(''))).date).toBeNull();
    expect((await readEml(mail('Date: Tue, 32 Foo 2099 99:99:99\r\n'))).date).toBeNull();
    expect((await readEml(mail('Date: \r\n'))).date).toBeNull();
  });

  it('is none for the corpus mail with a broken Date header', async () => {
    const path = join(CORPUS, 'fixtures', 'mikel-mail', 'error_emails', 'bad_date_header.eml');
    expect((await readEml(readFileSync(path))).date).toBeNull();
  });
});
