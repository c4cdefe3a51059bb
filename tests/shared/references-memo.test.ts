import { describe, expect, it } from 'vitest';

import { findCssUrls, parseCssUrls } from '../../shared/references/css-urls';
import { scanHtmlDocument } from '../../shared/references/html-references';
import { parseDeclarations, parseInlineStyle } from '../../shared/references/inline-style';

// The reference finder skips parsing CSS that cannot matter and memoises results per distinct text;
// both must give exactly what a full parse of the text gives, every time.

const STYLES = [
  'color: red; font-family: Arial',
  'background: url(https://t.example/a.png)',
  'background: URL(https://t.example/upper.png)',
  'background: \\75 rl(https://t.example/escaped.png)',
  'background: \\55RL(https://t.example/escaped-upper.png)',
  'background: u\\72l(https://t.example/escaped-middle.png)',
  'background: ur/**/l(https://t.example/comment-split.png)',
  'background: url(/**/https://t.example/comment-inside.png)',
  '/* url(https://t.example/in-comment.png) */ color: red',
  'background-image: image-set("https://t.example/1x.png" 1x, url(https://t.example/2x.png) 2x)',
  'background-image: -webkit-image-set("https://t.example/webkit.png" 1x)',
  'list-style: image("https://t.example/image-fn.png")',
  'filter: progid:DXImageTransform.Microsoft.AlphaImageLoader(src="https://t.example/alpha.png")',
  'width: expression(document.write("https://t.example/expr"))',
  '--track: url(https://t.example/custom.png)',
  'display: none !important; background: url(https://t.example/hidden.png)',
];

const SHEETS = [
  '@import url(https://t.example/import.css); p { color: red }',
  '@import "https://t.example/import-string.css";',
  '@IMPORT url(https://t.example/import-upper.css);',
  '@media print { body { background: url(https://t.example/print.png) } }',
  '@font-face { font-family: x; src: url(https://t.example/font.woff) }',
  '.gmail_quote p { background: url(https://t.example/forward.png) }',
  'a:hover { background: url(https://t.example/hover.png) }',
  'p { color: red } /*# sourceMappingURL=https://t.example/map.css.map */',
  'p { color: red; margin: 0 }',
  'p { background: \\75 rl(https://t.example/escaped-sheet.png) }',
];

describe('CSS URL memo and pre-check', () => {
  it('gives for a style attribute what a full parse gives, also when asked again', () => {
    for (const style of STYLES) {
      const full = parseCssUrls(style, 'declarations');
      expect(findCssUrls(style, 'declarations')).toEqual(full);
      expect(findCssUrls(style, 'declarations')).toEqual(full);
      // The same text as a copy, not the same string object.
      expect(findCssUrls(` ${style}`.slice(1), 'declarations')).toEqual(full);
    }
  });

  it('gives for a stylesheet what a full parse gives, also when asked again', () => {
    for (const sheet of SHEETS) {
      const full = parseCssUrls(sheet, 'stylesheet');
      expect(findCssUrls(sheet, 'stylesheet')).toEqual(full);
      expect(findCssUrls(sheet, 'stylesheet')).toEqual(full);
    }
  });

  it('keeps the modes apart: one text as a stylesheet and as declarations', () => {
    const text = 'background: url(https://t.example/mode.png)';
    expect(findCssUrls(text, 'declarations')).toEqual(parseCssUrls(text, 'declarations'));
    expect(findCssUrls(text, 'stylesheet')).toEqual(parseCssUrls(text, 'stylesheet'));
  });

  it('finds escaped, upper-case and image-set URLs that a keyword check must not skip', () => {
    const raws = (style: string) => findCssUrls(style, 'declarations').map((url) => url.raw);
    expect(raws(STYLES[2]!)).toEqual(['https://t.example/upper.png']);
    expect(raws(STYLES[3]!)).toEqual(['https://t.example/escaped.png']);
    expect(raws(STYLES[4]!)).toEqual(['https://t.example/escaped-upper.png']);
    expect(raws(STYLES[9]!)).toEqual(['https://t.example/1x.png', 'https://t.example/2x.png']);
    expect(findCssUrls(SHEETS[2]!, 'stylesheet').map((url) => url.vector)).toEqual(['css-import']);
  });
});

describe('inline style memo', () => {
  it('gives what a full parse gives, also when asked again', () => {
    for (const style of [...STYLES, 'width: 1px; height: 1px', 'DISPLAY: NONE', 'position:absolute;left:-9999px']) {
      const full = parseDeclarations(style);
      const first = parseInlineStyle(style);
      // Texts the pre-check skips hold none of the properties read.
      if (first.size === 0)
        expect(
          [...full.keys()].filter((key) => /display|visibility|opacity|width|height|position|left|top|right/.test(key)),
        ).toEqual([]);
      else expect([...first]).toEqual([...full]);
      expect([...parseInlineStyle(` ${style}`.slice(1))]).toEqual([...first]);
    }
  });
});

describe('hidden reasons over repeated styles and shared ancestors', () => {
  it('names every reason of the element and of each ancestor, in order, for each reference', () => {
    const hide = 'display:none !important';
    const html =
      `<div hidden><table style="${hide}"><tr><td style="position:absolute;left:-900px">` +
      `<img src="https://t.example/1.gif" style="${hide}; width:1px; height:1px">` +
      `<img src="https://t.example/2.gif" style="opacity:0">` +
      `<img src="https://t.example/3.gif" style="${hide}; width:1px; height:1px">` +
      `</td></tr></table></div><img src="https://t.example/4.gif" style="${hide}">`;
    const found = scanHtmlDocument(html, { part: 'text/html' }).found.map((item) => item.reference);
    const ancestors = [
      'off-screen (left:-900px) on ancestor <td>',
      'display:none on ancestor <table>',
      'hidden attribute on ancestor <div>',
    ];
    expect(found.map((reference) => [reference.url, reference.hidden, reference.declaredSize])).toEqual([
      ['https://t.example/1.gif', ['display:none', ...ancestors], { width: 1, height: 1 }],
      ['https://t.example/2.gif', ['opacity:0', ...ancestors], undefined],
      ['https://t.example/3.gif', ['display:none', ...ancestors], { width: 1, height: 1 }],
      ['https://t.example/4.gif', ['display:none'], undefined],
    ]);
    // Each reference has its own array.
    expect(found[0]!.hidden).not.toBe(found[2]!.hidden);
  });
});
