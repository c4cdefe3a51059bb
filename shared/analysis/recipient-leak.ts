// Does a URL carry the reader's own address — plain, URL-encoded, base64/base64url/base32/hex encoded,
// or hashed with md5/sha1/sha224/sha256/sha384/sha512, up to two layers deep? The method follows
// Englehardt, Han and Narayanan (PETS 2018): split the URL into tokens, decode, compare.
// Hashes are only computed for tokens that have the length of a digest, so clean mail costs little.

import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { base32, base32nopad, base64, base64nopad, base64url, base64urlnopad, hex } from '@scure/base';

import type { MailMessage } from '../model/mail';
import { headerValues } from '../model/mail';
import { urlTokens, type UrlToken } from './url-tokens';

export interface RecipientLeak {
  /** Which of the reader's addresses. */
  readonly address: string;
  /** How it is written, e.g. `plain`, `base64 of url-encoded`, `sha256 of lowercased address`. */
  readonly encoding: string;
  /** Where in the URL, e.g. `query parameter "e"`. */
  readonly where: string;
}

type HashName = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
const HASHES: Record<HashName, (data: Uint8Array) => Uint8Array> = { md5, sha1, sha224, sha256, sha384, sha512 };
const HASH_BY_HEX_LENGTH: Record<number, HashName> = {
  32: 'md5',
  40: 'sha1',
  56: 'sha224',
  64: 'sha256',
  96: 'sha384',
  128: 'sha512',
};
const HEX_RUN = /[0-9a-f]{32,128}/gi;

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
const toHex = (bytes: Uint8Array): string => hex.encode(bytes);

/** Forms of one address that a sender may have hashed or encoded. */
interface AddressForm {
  readonly label: string;
  readonly value: string;
}

function formsOf(address: string): AddressForm[] {
  const forms: AddressForm[] = [{ label: 'address', value: address }];
  const lower = address.toLowerCase();
  if (lower !== address) forms.push({ label: 'lowercased address', value: lower });
  return forms;
}

interface Decoder {
  readonly name: string;
  readonly accepts: RegExp;
  readonly decode: (value: string) => Uint8Array;
}

const DECODERS: readonly Decoder[] = [
  { name: 'hex', accepts: /^(?:[0-9a-f]{2}){4,}$/i, decode: (value) => hex.decode(value.toLowerCase()) },
  {
    name: 'base64',
    accepts: /^[A-Za-z0-9+/]{8,}={0,2}$/,
    decode: (value) => (value.endsWith('=') ? base64 : base64nopad).decode(value),
  },
  {
    name: 'base64url',
    accepts: /^[A-Za-z0-9_-]{8,}={0,2}$/,
    decode: (value) => (value.endsWith('=') ? base64url : base64urlnopad).decode(value),
  },
  {
    name: 'base32',
    accepts: /^[A-Z2-7]{8,}=*$/i,
    decode: (value) => (value.endsWith('=') ? base32 : base32nopad).decode(value.toUpperCase()),
  },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Cheap test before a full UTF-8 decode: random bytes (most decoded tokens) fail it at once. */
function mostlyText(bytes: Uint8Array): boolean {
  let printable = 0;
  for (const byte of bytes)
    if ((byte >= 0x20 && byte < 0x7f) || byte === 0x0a || byte === 0x0d || byte >= 0xc2) printable++;
  return printable >= bytes.length * 0.9;
}

function decodedText(bytes: Uint8Array): string | null {
  try {
    const text = strictUtf8.decode(bytes);
    // eslint-disable-next-line no-control-regex -- binary junk is not text that could hold an address
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** What a token decodes to: text, or the bytes of something digest-sized, at one or two layers. */
interface Layer {
  /** `base64`, `base64 of hex`, ... */
  readonly label: string;
  readonly text: string | null;
  readonly digestHex: string | null;
}

function expand(value: string, label: string, depth: number, out: Layer[]): void {
  // 16 characters: base64 of the shortest real address; base64 of an md5 digest is 22.
  if (value.length < 16) return;
  // Without `-`, `_`, `+` or `/`, base64 and base64url read a value the same way: decode it once.
  const urlSafeOnly = !/[-_+/]/.test(value);
  for (const decoder of DECODERS) {
    if (!decoder.accepts.test(value) || (urlSafeOnly && decoder.name === 'base64url')) continue;
    let bytes: Uint8Array;
    try {
      bytes = decoder.decode(value);
    } catch {
      continue;
    }
    const name = label ? `${label} of ${decoder.name}` : decoder.name;
    const digestHex = HASH_BY_HEX_LENGTH[bytes.length * 2] ? toHex(bytes) : null;
    const text = mostlyText(bytes) ? decodedText(bytes) : null;
    if (digestHex || text !== null) out.push({ label: name, text, digestHex });
    if (text !== null && depth < 2) expand(text.trim(), name, depth + 1, out);
  }
}

/** Characters that are in no base64, base32 or hex alphabet: an encoded value ends where one stands. */
const SEPARATORS = /[.;,:!~*|&]+|=(?=[^=])/;

/**
 * Encoded values inside one token: `cmVhZGVy…Zw==.gif` (a file extension after the padding),
 * `o;e=cmVh…`, `id.cmVh….v2`. The whole token is searched first; these are searched besides.
 */
function innerValues(token: UrlToken): UrlToken[] {
  const value = token.decoded;
  if (value.length < 16 || !SEPARATORS.test(value)) return [];
  const pieces = new Set(value.split(SEPARATORS).filter((piece) => piece.length >= 16 && piece !== value));
  return [...pieces].map((piece) => ({ where: token.where, raw: piece, decoded: piece }));
}

/** `+` in a query is a space to a form decoder but a base64 digit to a sender: both readings are tried. */
function decodeLayers(token: UrlToken): Layer[] {
  const layers: Layer[] = [];
  expand(token.decoded, '', 1, layers);
  if (token.raw !== token.decoded) expand(token.raw, '', 1, layers);
  return layers;
}

export class RecipientLeakFinder {
  private readonly addresses: readonly string[];

  constructor(addresses: readonly string[]) {
    const unique = new Map<string, string>();
    for (const address of addresses) {
      const trimmed = address.trim().replace(/^<|>$/g, '');
      if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed)) unique.set(trimmed.toLowerCase(), trimmed);
    }
    this.addresses = [...unique.values()];
    this.shortest = Math.min(...this.addresses.map((address) => address.indexOf('@')), 32);
  }

  private readonly shortest: number;

  get isEmpty(): boolean {
    return this.addresses.length === 0;
  }

  find(url: string): RecipientLeak[] {
    return this.findInTokens(urlTokens(url));
  }

  /** The same search over tokens already split from a URL. */
  findInTokens(tokens: readonly UrlToken[]): RecipientLeak[] {
    if (this.isEmpty) return [];
    const leaks: RecipientLeak[] = [];
    for (const token of tokens) {
      // An address, encoded or hashed, is never shorter than the shortest local part written out.
      if (token.decoded.length < this.shortest) continue;
      const found = new Set<string>();
      for (const candidate of [token, ...innerValues(token)]) {
        let layers: Layer[] | undefined; // decoded once per value, then compared with every address
        for (const address of this.addresses) {
          if (found.has(address)) continue;
          const plain = this.plainIn(candidate, address);
          const encoding =
            plain ??
            this.hashed(candidate.decoded, address, '') ??
            this.inLayers((layers ??= decodeLayers(candidate)), address);
          if (encoding) {
            found.add(address);
            leaks.push({ address, encoding, where: token.where });
          }
        }
      }
    }
    return leaks;
  }

  /** The address written out: plain, url-encoded (once or twice), or its local part alone. */
  private plainIn(token: UrlToken, address: string): string | null {
    const lower = address.toLowerCase();
    const decoded = token.decoded.toLowerCase();
    if (decoded.includes(lower)) return token.raw.toLowerCase().includes(lower) ? 'plain' : 'url-encoded';
    // Encoded twice (a tracked link around a destination that carries the address).
    if (decoded.includes(encodeURIComponent(lower))) return 'url-encoded';
    const local = lower.slice(0, lower.indexOf('@'));
    // Whole tokens only; a token with an @ is another address that happens to share the local part.
    if (local.length >= 4 && decoded.split(/[^a-z0-9._+@-]+/).includes(local)) return 'local part, plain';
    return null;
  }

  private inLayers(layers: readonly Layer[], address: string): string | null {
    const lower = address.toLowerCase();
    const encodedAt = encodeURIComponent(lower);
    for (const layer of layers) {
      if (layer.digestHex) {
        const digest = this.digestMatch(layer.digestHex, address);
        if (digest) return `${digest}, ${layer.label}-encoded`;
      }
      if (layer.text === null) continue;
      const text = layer.text.toLowerCase();
      if (text.includes(lower)) return layer.label;
      if (text.includes(encodedAt)) return `${layer.label} of url-encoded`;
      const hashed = this.hashed(layer.text, address, ` inside ${layer.label}`);
      if (hashed) return hashed;
    }
    return null;
  }

  /** Looks for hex digests of the address among the token's hex runs. */
  private hashed(value: string, address: string, suffix: string): string | null {
    for (const run of value.match(HEX_RUN) ?? []) {
      const found = this.digestMatch(run, address);
      if (found) return found + suffix;
    }
    return null;
  }

  /** `hexDigest` equals some digest of the address (one layer, or a hash of a hash): its label. */
  private digestMatch(hexDigest: string, address: string): string | null {
    const name = HASH_BY_HEX_LENGTH[hexDigest.length];
    if (!name) return null;
    return digestTable(address, name).get(hexDigest.toLowerCase()) ?? null;
  }
}

/**
 * Every `outer` digest of the address forms and of their digests' hex, computed on first need and kept
 * for the whole process: a mailbox is mostly addressed to the same reader, and
 * each table costs fourteen hashes. Bounded: emptied when it holds tables for many addresses.
 */
const digestTables = new Map<string, Map<string, string>>();
const MAX_DIGEST_TABLES = 1024;

function digestTable(address: string, outer: HashName): Map<string, string> {
  const key = `${outer}|${address}`;
  let table = digestTables.get(key);
  if (table) return table;
  table = new Map();
  const hashOuter = HASHES[outer];
  for (const form of formsOf(address)) {
    table.set(toHex(hashOuter(utf8(form.value))), `${outer} of ${form.label}`);
    for (const [inner, hashInner] of Object.entries(HASHES) as [HashName, (data: Uint8Array) => Uint8Array][]) {
      const twice = toHex(hashOuter(utf8(toHex(hashInner(utf8(form.value))))));
      if (!table.has(twice)) table.set(twice, `${outer} of ${inner} of ${form.label}`);
    }
  }
  if (digestTables.size >= MAX_DIGEST_TABLES) digestTables.clear();
  digestTables.set(key, table);
  return table;
}

/** The reader's addresses as the mail states them: To, Cc, Delivered-To, X-Original-To, plus any given. */
export function recipientAddresses(message: MailMessage, extra: readonly string[] = []): string[] {
  const fromHeaders = ['delivered-to', 'x-original-to'].flatMap((name) =>
    headerValues(message, name).flatMap((value) => value.split(',')),
  );
  return [
    ...message.to.map((item) => item.address),
    ...message.cc.map((item) => item.address),
    ...fromHeaders,
    ...extra,
  ];
}
