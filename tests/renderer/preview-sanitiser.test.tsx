// @vitest-environment jsdom
// The renderer's own sanitising of the preview document (the second of three layers), and the markers.

import { describe, expect, it, vi } from 'vitest';

import { neutraliseCss } from '../../shared/preview/neutralise-css';
import { createMarkerLayer } from '../../renderer/src/preview/marker-layer';
import { FRAME_CSP, sanitisePreview } from '../../renderer/src/preview/sanitise-preview';

const HOSTILE = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<base href="http://evil.example/"><link rel="stylesheet" href="http://evil.example/a.css">
<script>fetch('http://evil.example/s')</script>
<style>@import "http://evil.example/i.css"; body{background:url(http://evil.example/b.png)}
.x{background:\\75rl(//evil.example/e.png)} .y{background:image-set("http://evil.example/y.png" 1x)}</style>
</head><body onload="alert(1)" background="http://evil.example/bg.png">
<img src="http://evil.example/p.gif" onerror="alert(2)" srcset="http://evil.example/2x.gif 2x" width="1" height="1" data-ml-ref="0 1">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-ml-ref="2" style="background-image:url('https://evil.example/s.png')">
<a href="https://evil.example/click" ping="https://evil.example/ping" onclick="x()">link</a>
<svg><image xlink:href="http://evil.example/i.svg"/><a href="javascript:alert(3)"><text>t</text></a></svg>
<iframe src="http://evil.example/f"></iframe><object data="http://evil.example/o"></object><embed src="http://evil.example/e">
<form action="http://evil.example/f"><button formaction="http://evil.example/b">go</button></form>
<table width="600" bgcolor="#ffffff"><tr><td background="http://evil.example/td.png" onmouseover="x()">cell</td></tr></table>
<video poster="http://evil.example/poster.png"><source src="http://evil.example/v.mp4"></video>
</body></html>`;

describe('sanitisePreview', () => {
  const { srcdoc, marked } = sanitisePreview(HOSTILE);
  const doc = new DOMParser().parseFromString(srcdoc, 'text/html');

  it('removes scripts, event handlers, frames, forms and every remote URL', () => {
    expect(srcdoc).not.toMatch(/<script/i);
    expect(srcdoc).not.toMatch(/\son[a-z]+\s*=/i);
    expect(srcdoc).not.toMatch(/javascript:/i);
    expect(srcdoc).not.toMatch(/evil\.example/);
    for (const tag of ['iframe', 'object', 'embed', 'form', 'link', 'base']) {
      expect(doc.querySelector(tag), tag).toBeNull();
    }
    expect(doc.querySelector('[srcset], [ping], [formaction], [action]')).toBeNull();
  });

  it('keeps data-ml-ref, inline images, inline styles and layout attributes', () => {
    expect([...marked].sort()).toEqual([0, 1, 2]);
    const images = doc.querySelectorAll('img[data-ml-ref]');
    expect(images[0]?.getAttribute('data-ml-ref')).toBe('0 1');
    expect(images[0]?.getAttribute('width')).toBe('1');
    expect(images[1]?.getAttribute('src')).toBe('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    expect(images[1]?.getAttribute('style')).toBe('background-image:none');
    expect(doc.querySelector('table')?.getAttribute('bgcolor')).toBe('#ffffff');
    expect(doc.querySelector('td')?.textContent).toBe('cell');
  });

  it('shows form fields as inert boxes (a real field invites the browser’s autofill), keeping markers', () => {
    const fields = sanitisePreview(
      '<p><input name="q" value="search" style="width:90px"><input type="image" data-ml-ref="4" width="80" ' +
        'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><select><option>a</option><option selected>b</option></select>' +
        '<textarea>note</textarea><button>Go</button></p>',
    );
    const page = new DOMParser().parseFromString(fields.srcdoc, 'text/html');
    expect(page.querySelector('input, select, textarea')).toBeNull();
    expect([...page.querySelectorAll('.ml-field')].map((box) => box.textContent)).toEqual(['search', 'b', 'note']);
    expect(page.querySelector('.ml-field')?.getAttribute('style')).toBe('width:90px');
    expect(page.querySelector('img[data-ml-ref="4"]')?.getAttribute('width')).toBe('80');
    expect(page.querySelector('button')?.textContent).toBe('Go');
    expect([...fields.marked]).toEqual([4]);
  });

  it('puts its own CSP first in <head>, then the marker stylesheet', () => {
    const first = doc.head.firstElementChild;
    expect(first?.tagName).toBe('META');
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe(FRAME_CSP);
    expect(first?.nextElementSibling?.textContent).toContain('.ml-marker');
    expect(doc.querySelectorAll('meta')).toHaveLength(1);
  });
});

describe("the renderer's CSS layer", () => {
  it('neutralises every URL in a stylesheet, inline images included, and drops @import', () => {
    const scrubbed = neutraliseCss(
      '@import url(x.css); a{background:url("data:image/png;base64,AAAA");cursor:URL(x.cur),auto;color:red}',
      'stylesheet',
    );
    expect(scrubbed).not.toMatch(/url\(|@import|data:/i);
    expect(scrubbed).toContain('color:red');
    expect(scrubbed).toContain('cursor:none,auto');
  });

  it('sees through escaped function names and string-URL functions in style attributes', () => {
    for (const value of [
      'background:\\000075 rl(http://x.example/a)',
      'background:\\55 RL(http://x.example/a)',
      'background:image-set("http://x.example/a" 1x)',
      'background:-webkit-image-set(url(//x.example/a) 1x)',
      'background:cross-fade(url(http://x.example/a), red)',
    ]) {
      expect(neutraliseCss(`${value};color:blue`, 'declarations')).not.toMatch(/x\.example/);
      expect(neutraliseCss(`${value};color:blue`, 'declarations')).toContain('color:blue');
    }
  });

  it('cannot be tricked into closing the <style> element', () => {
    expect(neutraliseCss('a{content:"</style><script>alert(1)</script>"}', 'stylesheet')).not.toContain('</style');
  });
});

describe('marker layer', () => {
  it('puts one labelled, numbered button per finding into the frame document and reports clicks', () => {
    const doc = new DOMParser().parseFromString(sanitisePreview(HOSTILE).srcdoc, 'text/html');
    const onSelect = vi.fn();
    const layer = createMarkerLayer(
      doc,
      (relative) => ({
        index: relative + 10,
        number: relative + 1,
        certainty: 'named',
        label: `finding ${relative + 1}`,
      }),
      onSelect,
      'Markers',
    );
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('button.ml-marker')];
    expect(buttons.map((button) => button.textContent)).toEqual(['1', '2', '3']);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(['finding 1', 'finding 2', 'finding 3']);
    buttons[1]!.click();
    expect(onSelect).toHaveBeenCalledWith(11);
    layer.select(12);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual(['false', 'false', 'true']);
    layer.destroy();
    expect(doc.querySelector('.ml-markers')).toBeNull();
  });
});
