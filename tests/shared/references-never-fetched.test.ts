// URLs that sit in a mail's HTML but that no browser or mail client requests (DTD addresses, namespace
// names, schema locations, microdata vocabularies, a <meta> CSP's report address), and triggers measured
// in Chromium by tests/e2e/trigger-truth.test.ts (cursor images, SVG shown as an image).

import { describe, expect, it } from 'vitest';

import { scanHtmlDocument } from '../../shared/references/html-references';

function found(html: string) {
  return scanHtmlDocument(html, { part: 'text/html' }).found.map(({ reference }) => ({
    url: reference.url,
    vector: reference.vector,
    trigger: reference.trigger,
  }));
}

describe('URLs that are never fetched', () => {
  it.each([
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN""http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/1999/REC-html401-19991224/loose.dtd">',
    '<!doctype html public "-//w3c//dtd html 4.0 transitional//en" "http://www.w3.org/TR/REC-html40/loose.dtd">',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://wwww3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    // Corpus: three mails write the W3C host as www.w3c.org.
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3c.org/TR/1999/REC-html401-19991224/loose.dtd">',
    '<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.2//EN" "http://www.openmobilealliance.org/tech/DTD/xhtml-mobile12.dtd">',
    '<!DOCTYPE html SYSTEM "https://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">',
  ])('a standard DTD: %s', (doctype) => {
    expect(found(`${doctype}<html><body>x</body></html>`)).toEqual([]);
  });

  it('keeps a custom DTD (legacy vector, for XML parsers that load external DTDs)', () => {
    expect(found('<!DOCTYPE html SYSTEM "https://t.example.net/custom.dtd"><p>x</p>')).toEqual([
      { url: 'https://t.example.net/custom.dtd', vector: 'doctype-system-id', trigger: 'open' },
    ]);
  });

  it('namespace names, schema locations and XML processing instructions', () => {
    const html =
      '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" ' +
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
      'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.w3.org/1999/xhtml http://www.w3.org/2002/08/xhtml/xhtml1-strict.xsd">' +
      '<head><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /></head>' +
      '<body><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"></svg>' +
      '<p>x<o:p></o:p></p></body></html>';
    expect(found(html)).toEqual([]);
  });

  it('microdata vocabulary values, but not the URL an action goes to', () => {
    const html =
      '<div itemscope itemtype="http://schema.org/EmailMessage"><div itemprop="potentialAction" itemscope ' +
      'itemtype="http://schema.org/ConfirmAction"><div itemprop="handler" itemscope ' +
      'itemtype="http://schema.org/HttpActionHandler"><link itemprop="url" href="https://shop.example.net/confirm?u=1">' +
      '<link itemprop="method" href="http://schema.org/HttpRequestMethod/POST"></div></div>' +
      '<div itemscope itemtype="https://vocab.example.org/Thing"><link itemprop="kind" href="https://vocab.example.org/Kind/A"></div></div>';
    expect(found(html)).toEqual([
      { url: 'https://shop.example.net/confirm?u=1', vector: 'link-other', trigger: 'action' },
    ]);
  });

  it('a <meta> Content-Security-Policy never sends a report', () => {
    const html =
      '<meta http-equiv="Content-Security-Policy" content="img-src \'none\'; report-uri https://t.example.net/r">';
    expect(found(html)).toEqual([]);
  });
});

describe('triggers measured in Chromium', () => {
  it('a cursor image is fetched when the style applies, not on hover', () => {
    expect(found('<div style="cursor: url(https://t.example.net/c.cur), auto">x</div>')).toEqual([
      { url: 'https://t.example.net/c.cur', vector: 'css-cursor', trigger: 'open' },
    ]);
    expect(found('<svg><rect cursor="url(https://t.example.net/s.png)"/></svg>')).toEqual([
      { url: 'https://t.example.net/s.png', vector: 'svg-cursor', trigger: 'open' },
    ]);
  });

  it('an SVG shown as an image loads nothing; shown as a document it does', () => {
    const svg = encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example.net/in.png" width="1" height="1"/></svg>',
    );
    expect(found(`<img src="data:image/svg+xml,${svg}">`)).toEqual([
      { url: 'https://t.example.net/in.png', vector: 'svg-image-href', trigger: 'action' },
    ]);
    expect(found(`<iframe src="data:image/svg+xml,${svg}"></iframe>`)).toEqual([
      { url: 'https://t.example.net/in.png', vector: 'svg-image-href', trigger: 'open' },
    ]);
  });
});
