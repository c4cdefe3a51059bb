// Element and CSS function names that are also names on every JavaScript object (constructor,
// __proto__, ...) are just unknown names: they neither crash the scan nor hide the references around them.
import { describe, expect, it } from 'vitest';

import { scanHtmlDocument } from '../../shared/references/html-references';

const urls = (html: string) =>
  scanHtmlDocument(html, { part: 'text/html' }).found.map((item) => `${item.reference.vector} ${item.reference.url}`);

describe('names that objects already have', () => {
  it.each(['constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'])(
    '<%s> is an unknown element',
    (name) => {
      const html = `<body><${name} background="https://t.example/b.gif" style="background:url(https://t.example/a.gif)"><img src="https://t.example/p.gif"></${name}></body>`;
      const found = urls(html);
      expect(found).toContain('img-src https://t.example/p.gif');
      expect(found.some((line) => line.endsWith('https://t.example/a.gif'))).toBe(true);
    },
  );

  it('an attribute named __proto__ or constructor changes nothing', () => {
    const found = urls('<img __proto__="x" constructor="y" src="https://t.example/q.gif">');
    expect(found).toContain('img-src https://t.example/q.gif');
  });

  it('a CSS function named constructor does not change how a url() is read', () => {
    const found = urls('<div style="background: constructor(url(https://t.example/c.gif))">x</div>');
    expect(found.some((line) => line.endsWith('https://t.example/c.gif'))).toBe(true);
  });
});
