import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseHeaders } from '../../shared/analysis/analyse-headers';
import { PLATFORM_FINGERPRINTS } from '../../shared/knowledge/platform-fingerprints';
import { CORPUS } from '../helpers/corpus';

const NEWSLETTERS = join(CORPUS, 'eml', 'unspy-newsletters');

async function headersOf(raw: string) {
  return analyseHeaders(await readEml(Buffer.from(raw.replace(/\n/g, '\r\n'))));
}

describe('header analysis', () => {
  it('knows at least 30 sending platforms', () => {
    expect(new Set(PLATFORM_FINGERPRINTS.map((fingerprint) => fingerprint.platform)).size).toBeGreaterThanOrEqual(30);
  });

  // Checked by hand against each file's headers (the folder names the platform too).
  it.each([
    ['mailchimp/examples/2023-01-17-schreibsuchti.u1.eml', 'Mailchimp'],
    ['cleverreach/examples/2023-01-02-oekumenisches-asylforum.u1.eml', 'CleverReach'],
    ['inxmail/examples/2023-02-16-inxmail-u1.eml', 'Inxmail'],
    ['_todo/convertkit/examples/2023-01-16-zeitzuleben.u1.eml', 'ConvertKit (Kit)'],
    ['_todo/elaine/examples/2023-01-15-rewe.u1.eml', 'ELAINE'],
    ['_todo/fairmailing/examples/2023-01-03-oekoligenta.u1.eml', 'phpList'],
    ['_todo/getresponse/examples/2023-01-06-vfl-bochum.u1.eml', 'GetResponse'],
    ['_todo/inxmail/examples/2023-02-17-rp-online-u1.eml', 'Inxmail'],
    ['_todo/klaviyo/examples/2023-01-25-katjes-u1.eml', 'Klaviyo'],
    ['_todo/newsletter2go/examples/2023-01-02-schoepflin.u1.eml', 'Newsletter2Go'],
    ['_todo/optimizely/examples/2023-01-04-wwf.u1.eml', 'Optimizely Campaign (Episerver)'],
    ['_todo/sendinblue/examples/2023-01-06-trusted-shops.u1.eml', 'Brevo (Sendinblue)'],
  ])('names the platform of %s', async (file, platform) => {
    const analysis = analyseHeaders(await readEml(readFileSync(join(NEWSLETTERS, file))));
    expect(analysis.platform[0]?.platform).toBe(platform);
    expect(analysis.platform[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('finds no platform in a mail sent by a plain server', async () => {
    const analysis = analyseHeaders(
      await readEml(readFileSync(join(NEWSLETTERS, '_todo/_no-user-tracking/2023-01-16-norma.u1.eml'))),
    );
    expect(analysis.platform).toEqual([]);
  });

  it('reports every kind of read-receipt request', async () => {
    const analysis = await headersOf(
      'From: a@example.org\nTo: b@example.org\nSubject: x\nDisposition-Notification-To: <a@example.org>\n' +
        'Return-Receipt-To: a@example.org\nX-Confirm-Reading-To: a@example.org\n\nbody\n',
    );
    expect(analysis.readReceipt.map((request) => request.header)).toEqual([
      'Disposition-Notification-To',
      'Return-Receipt-To',
      'X-Confirm-Reading-To',
    ]);
    expect((await headersOf('From: a@example.org\nSubject: x\n\nbody\n')).readReceipt).toEqual([]);
  });

  it('reads List-Unsubscribe with one-click and its per-recipient token', async () => {
    const analysis = await headersOf(
      'From: a@example.org\nSubject: x\nList-Unsubscribe: <mailto:u@example.org?subject=unsub>, <https://u.example.org/unsub?t=Zx81kPq2Lm9Vb7>\n' +
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click\n\nbody\n',
    );
    expect(analysis.listUnsubscribe).toMatchObject({
      urls: ['https://u.example.org/unsub?t=Zx81kPq2Lm9Vb7'],
      mailto: ['mailto:u@example.org?subject=unsub'],
      oneClick: true,
      tokens: [{ where: 'query parameter "t"', value: 'Zx81kPq2Lm9Vb7' }],
    });
  });

  it('summarises authentication and the Received chain, oldest hop first, with delays', async () => {
    const analysis = await headersOf(
      'Received: from mx.b.example (mx.b.example [192.0.2.2]) by inbox.c.example with ESMTPS id 2; Mon, 16 Jan 2023 11:28:30 +0100\n' +
        'Received: from out.a.example (out.a.example [192.0.2.1]) by mx.b.example with ESMTP id 1; Mon, 16 Jan 2023 11:27:57 +0100\n' +
        'Authentication-Results: inbox.c.example; spf=pass smtp.mailfrom=a.example; dkim=pass header.d=a.example; dmarc=fail (p=none) header.from=a.example\n' +
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=a.example;\n s=sel2023; h=from:to; bh=abc=; b=def=\n' +
        'From: a@a.example\nSubject: x\n\nbody\n',
    );
    expect(analysis.dkim).toEqual([{ domain: 'a.example', selector: 'sel2023' }]);
    expect(analysis.authentication.map((result) => `${result.method}=${result.result}`)).toEqual([
      'spf=pass',
      'dkim=pass',
      'dmarc=fail',
    ]);
    expect(analysis.received).toEqual([
      { from: 'out.a.example', by: 'mx.b.example', date: '2023-01-16T10:27:57.000Z', delaySeconds: null },
      { from: 'mx.b.example', by: 'inbox.c.example', date: '2023-01-16T10:28:30.000Z', delaySeconds: 33 },
    ]);
  });
});
