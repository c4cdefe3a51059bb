import { describe, expect, it } from 'vitest';

import { combineBase, resolveUrl } from '../../shared/references/resolve-url';
import { parseSrcsetUrls } from '../../shared/references/srcset';

describe('resolveUrl', () => {
  it('keeps absolute remote URLs, normalised as a client would request them', () => {
    expect(resolveUrl('  HTTPS://T.Example.NET/a b.gif\n')).toEqual({ url: 'https://t.example.net/a%20b.gif' });
    expect(resolveUrl('ht\ntp://t.example.net/x')).toEqual({ url: 'http://t.example.net/x' });
    expect(resolveUrl('\u0000\u001f https://t.example.net/x \u0000\u0020')).toEqual({ url: 'https://t.example.net/x' });
  });

  it('keeps the spaces inside a value, however many (a fuzzer found a 2 MB run of them)', () => {
    const spaces = ' '.repeat(100_000);
    expect(resolveUrl(`https://t.example.net/a${spaces}b${spaces}`)?.url).toBe(
      `https://t.example.net/a${'%20'.repeat(100_000)}b`,
    );
  });

  it('drops what cannot leave the machine', () => {
    for (const value of [
      'cid:logo',
      'data:image/gif;base64,R0lG',
      'mailto:a@b.c',
      'javascript:alert(1)',
      '#top',
      '',
      'images/x.gif',
      'file:///etc/passwd',
    ]) {
      expect(resolveUrl(value)).toBeNull();
    }
  });

  it('gives protocol-relative URLs the base scheme, or https', () => {
    expect(resolveUrl('//t.example.net/p.gif')?.url).toBe('https://t.example.net/p.gif');
    expect(resolveUrl('//t.example.net/p.gif', 'http://base.example.org/')?.url).toBe('http://t.example.net/p.gif');
  });

  it('treats a first segment that is a real host as a host, but not a file name', () => {
    expect(resolveUrl('track.example.com/o.gif')?.url).toBe('http://track.example.com/o.gif');
    expect(resolveUrl('192.0.2.7/o.gif')?.url).toBe('http://192.0.2.7/o.gif');
    for (const value of ['logo.png', 'index.html', 'spacer.gif', 'style.css', 'movie.mov', 'images/a.example.com']) {
      expect(resolveUrl(value)).toBeNull();
    }
  });

  it('resolves relative URLs against a remote base only', () => {
    expect(resolveUrl('../x.gif', 'https://b.example.org/a/b/')?.url).toBe('https://b.example.org/a/x.gif');
    expect(combineBase('https://b.example.org/a/', 'c/')).toBe('https://b.example.org/a/c/');
    expect(combineBase(undefined, 'relative/')).toBeUndefined();
  });
});

describe('parseSrcsetUrls', () => {
  it('follows the HTML srcset rules', () => {
    expect(parseSrcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(parseSrcsetUrls(',,, c.png')).toEqual(['c.png']);
    expect(parseSrcsetUrls('https://x.example/a,b.png 100w,d.png')).toEqual(['https://x.example/a,b.png', 'd.png']);
    expect(parseSrcsetUrls('e.png (max-width: 1px, 2px) 1x, f.png')).toEqual(['e.png', 'f.png']);
  });
});
