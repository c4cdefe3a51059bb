import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { buildPreview } from '../../shared/preview/build-preview';
import { PLACEHOLDER_IMAGE } from '../../shared/preview/neutralise-html';
import { loadVectorFixtures } from '../helpers/vector-fixtures';
import { remoteLeftovers } from '../helpers/remote-check';

function mail(html: string, extraParts = ''): Buffer {
  if (!extraParts) {
    return Buffer.from(
      `From: a@example.org\r\nTo: b@example.org\r\nSubject: t\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`,
    );
  }
  return Buffer.from(
    `From: a@example.org\r\nTo: b@example.org\r\nSubject: t\r\nContent-Type: multipart/related; boundary=b\r\n\r\n` +
      `--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n${extraParts}--b--\r\n`,
  );
}

async function preview(bytes: Buffer) {
  return buildPreview(await readEml(bytes));
}

describe('preview neutraliser', () => {
  const fixtures = loadVectorFixtures();
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'leaves nothing remote in %s',
    async (_name, fixture) => {
      const result = await preview(fixture.bytes);
      expect(remoteLeftovers(result.html)).toEqual([]);
    },
  );

  it('keeps the box of a tracking pixel and marks it', async () => {
    const result = await preview(
      mail('<p>Hi</p><img src="https://t.example.net/o.gif?u=1" width="1" height="1" alt="">'),
    );
    expect(result.references.map((reference) => reference.url)).toEqual(['https://t.example.net/o.gif?u=1']);
    expect(result.html).toContain(`<img width="1" height="1" alt data-ml-ref="0" src="${PLACEHOLDER_IMAGE}">`);
  });

  it('removes scripts, handlers and javascript: links', async () => {
    const result = await preview(
      mail(
        '<img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>' +
          '<svg onload="alert(4)"><script>alert(5)</script></svg><div style="width:expression(alert(6))">y</div>',
      ),
    );
    expect(result.html).not.toMatch(/<script|onerror|onload|javascript:|alert\(/i);
  });

  it('cannot be broken out of by a stylesheet string', async () => {
    const result = await preview(mail('<style>p{content:"</style><script>alert(1)</script>"}</style><p>x</p>'));
    expect(result.html).not.toMatch(/<script/i);
  });

  it('keeps colours and layout of styles while dropping their URLs', async () => {
    const result = await preview(
      mail(
        '<style>.a{color:red;background:#fff url(https://t.example.net/bg.png) no-repeat}</style><div class="a">x</div>',
      ),
    );
    expect(result.html).toMatch(/\.a\{color:red;background:#fff none no-repeat\}/);
  });

  it('shows cid: images from the attachment bytes', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const part = `--b\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\nContent-Transfer-Encoding: base64\r\n\r\n${png.toString('base64')}\r\n`;
    const result = await preview(mail('<img src="cid:logo@x" alt="logo">', part));
    expect(result.html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    expect(result.references).toEqual([]);
  });

  it('shows a plain-text mail as text', async () => {
    const bytes = Buffer.from('From: a@example.org\r\nSubject: t\r\n\r\nHello <world> https://example.org\r\n');
    const result = await preview(bytes);
    expect(result.part).toBe('text/plain');
    expect(result.html).toContain('Hello &lt;world&gt; https://example.org');
  });
});

describe('preview markers', () => {
  it('marks the body when its background is the reference', async () => {
    const result = await preview(
      mail('<html><body background="https://t.example.net/bg.gif" bgcolor="#fff">x</body></html>'),
    );
    expect(result.html).toMatch(/<body bgcolor="#fff" data-ml-ref="0">/);
  });
});
