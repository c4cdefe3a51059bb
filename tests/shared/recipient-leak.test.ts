import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { base32, base64, base64url, hex } from '@scure/base';
import { describe, expect, it } from 'vitest';

import { RecipientLeakFinder } from '../../shared/analysis/recipient-leak';

const ADDRESS = 'Jan.Jansen@Student.example.nl';
const lower = ADDRESS.toLowerCase();
const bytes = (text: string) => new TextEncoder().encode(text);
const finder = new RecipientLeakFinder([ADDRESS, 'other.person@example.org']);
const encodingOf = (url: string) =>
  finder.find(url).map((leak) => `${leak.address} | ${leak.encoding} | ${leak.where}`);

const HASHES = { md5, sha1, sha224, sha256, sha384, sha512 };

describe('recipient leak', () => {
  it('finds the plain and url-encoded address', () => {
    expect(encodingOf(`https://t.example/o.gif?email=${ADDRESS}`)).toEqual([
      `${ADDRESS} | plain | query parameter "email"`,
    ]);
    expect(encodingOf(`https://t.example/o.gif?e=${encodeURIComponent(ADDRESS)}`)).toEqual([
      `${ADDRESS} | url-encoded | query parameter "e"`,
    ]);
    expect(encodingOf(`https://t.example/open/${lower}/x.gif`)).toEqual([`${ADDRESS} | plain | path segment 2`]);
    expect(encodingOf(`https://t.example/o.gif#${lower}`)).toEqual([`${ADDRESS} | plain | fragment`]);
  });

  it('finds the local part alone as a whole token', () => {
    expect(encodingOf('https://t.example/o.gif?u=jan.jansen&c=1')).toEqual([
      `${ADDRESS} | local part, plain | query parameter "u"`,
    ]);
    expect(encodingOf('https://t.example/o.gif?u=jan.jansenx')).toEqual([]);
  });

  it.each([
    ['base64', base64.encode(bytes(ADDRESS))],
    ['base64url', base64url.encode(bytes(`${lower}?`)).replace(/=+$/, '')],
    ['base32', base32.encode(bytes(ADDRESS))],
    ['hex', hex.encode(bytes(ADDRESS))],
  ])('finds the %s-encoded address', (name, value) => {
    const [leak] = finder.find(`https://t.example/o.gif?d=${encodeURIComponent(value)}`);
    expect(leak?.address).toBe(ADDRESS);
    expect(leak?.encoding).toBe(name === 'base64url' ? 'base64url' : name);
  });

  it.each(Object.entries(HASHES))('finds the %s of the address and of the lowercased address', (name, hash) => {
    const ofAddress = hex.encode(hash(bytes(ADDRESS)));
    const ofLower = hex.encode(hash(bytes(lower)));
    expect(finder.find(`https://t.example/p/${ofAddress}.gif`)[0]?.encoding).toBe(`${name} of address`);
    expect(finder.find(`https://t.example/p.gif?h=${ofLower.toUpperCase()}`)[0]?.encoding).toBe(
      `${name} of lowercased address`,
    );
    expect(finder.find(`https://t.example/p.gif?h=${base64.encode(hash(bytes(lower)))}`)[0]?.encoding).toBe(
      `${name} of lowercased address, base64-encoded`,
    );
  });

  it('finds two layers: base64 of url-encoded, base64 of hex, sha256 of md5', () => {
    const b64OfUrl = base64.encode(bytes(`email=${encodeURIComponent(lower)}`));
    expect(finder.find(`https://t.example/o?x=${encodeURIComponent(b64OfUrl)}`)[0]?.encoding).toBe(
      'base64 of url-encoded',
    );
    const b64OfHex = base64.encode(bytes(hex.encode(bytes(lower))));
    expect(finder.find(`https://t.example/o?x=${encodeURIComponent(b64OfHex)}`)[0]?.encoding).toBe('base64 of hex');
    const md5Hex = hex.encode(md5(bytes(lower)));
    const shaOfMd5 = hex.encode(sha256(bytes(md5Hex)));
    expect(finder.find(`https://t.example/o?x=${shaOfMd5}`)[0]?.encoding).toBe('sha256 of md5 of lowercased address');
    const b64OfSha = base64.encode(bytes(JSON.stringify({ id: hex.encode(sha1(bytes(lower))) })));
    expect(finder.find(`https://t.example/o?x=${encodeURIComponent(b64OfSha)}`)[0]?.encoding).toBe(
      'sha1 of lowercased address inside base64',
    );
  });

  it('finds the encoded address inside a path segment: before a file extension, with padding, between separators', () => {
    const padded = base64.encode(bytes(ADDRESS)); // ends in "="
    expect(padded).toMatch(/=$/);
    for (const url of [
      `https://t.example/open/${padded}.gif`,
      `https://t.example/open/${encodeURIComponent(padded)}.png`,
      `https://t.example/o;e=${padded};v=2/p.gif`,
      `https://t.example/o/id.${base64url.encode(bytes(lower)).replace(/=+$/, '')}.v2.gif`,
      `https://t.example/p/${hex.encode(sha256(bytes(lower)))}.gif`,
    ]) {
      const [leak] = finder.find(url);
      expect(leak?.address, url).toBe(ADDRESS);
      expect(leak?.where, url).toMatch(/^path segment \d$/);
    }
  });

  it('finds the encoded address in the fragment', () => {
    expect(finder.find(`https://t.example/o.gif#r=${base64.encode(bytes(lower))}`)[0]?.where).toBe('fragment');
  });

  it('does not match random hex, other addresses or a near miss', () => {
    const random = '5e78d7ef2297cc80842b7591e4a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3';
    for (const url of [
      `https://t.example/o.gif?u=${random.slice(0, 32)}&v=${random}`,
      `https://t.example/o.gif?e=${hex.encode(md5(bytes('someone.else@example.nl')))}`,
      `https://t.example/o.gif?e=${base64.encode(bytes('jan.jansen@student.example.com'))}`,
      'https://t.example/o.gif?e=jan.jansen%40student.example.org',
      `https://t.example/${base64.encode(bytes('hello world, nothing here'))}`,
      `https://t.example/open/${base64.encode(bytes('jan.jansen@student.example.com'))}.gif`,
    ]) {
      expect(finder.find(url)).toEqual([]);
    }
  });

  it('finds a second recipient and reports each address separately', () => {
    const url = `https://t.example/o.gif?a=${hex.encode(sha256(bytes('other.person@example.org')))}&b=${lower}`;
    expect(finder.find(url).map((leak) => leak.address)).toEqual(['other.person@example.org', ADDRESS]);
  });

  it('takes extra addresses typed by the user, and ignores what is not an address', () => {
    const mine = new RecipientLeakFinder(['not an address', ' <me@mine.example> ']);
    expect(mine.find('https://t.example/o?e=me%40mine.example')[0]?.encoding).toBe('url-encoded');
    expect(new RecipientLeakFinder([]).isEmpty).toBe(true);
  });
});
