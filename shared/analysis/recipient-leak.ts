// Does a URL carry the reader's own address — plain, URL-encoded, base64/base64url/base32/hex encoded,
// or hashed with md5/sha1/sha224/sha256/sha384/sha512, up to two layers deep? The method follows
// Englehardt, Han and Narayanan (PETS 2018): split the URL into tokens, decode, compare.
// Hashes are only computed for tokens that have the length of a digest, so clean mail costs little.

import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { base32, base32nopad, base64, base64nopad, base64url, base64urlnopad, hex } from '@scure/base';

import type { MailMessage } from '../model/mail';
import { headerValues } from '../model/mail';
import { urlTokens } from './url-tokens';

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

function decodedText(bytes: Uint8Array): string | null {
  try {
    const text = strictUtf8.decode(bytes);
    // eslint-disable-next-line no-control-regex -- binary junk is not text that could hold an address
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

export class RecipientLeakFinder {
  private readonly addresses: readonly string[];
  private readonly digestCache = new Map<string, Map<string, string>>();

  constructor(addresses: readonly string[]) {
    const unique = new Map<string, string>();
    for (const address of addresses) {
      const trimmed = address.trim().replace(/^<|>$/g, '');
      if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed)) unique.set(trimmed.toLowerCase(), trimmed);
    }
    this.addresses = [...unique.values()];
  }

  get isEmpty(): boolean {
    return this.addresses.length === 0;
  }

  find(url: string): RecipientLeak[] {
    if (this.isEmpty) return [];
    const leaks: RecipientLeak[] = [];
    const seen = new Set<string>();
    for (const token of urlTokens(url)) {
      for (const address of this.addresses) {
        const encoding = this.encodingIn(token.raw, token.decoded, address);
        const key = `${address}|${token.where}`;
        if (encoding && !seen.has(key)) {
          seen.add(key);
          leaks.push({ address, encoding, where: token.where });
        }
      }
    }
    return leaks;
  }

  /** How `address` is hidden in one token, or null. */
  private encodingIn(raw: string, decoded: string, address: string): string | null {
    const lower = address.toLowerCase();
    if (decoded.toLowerCase().includes(lower)) {
      return raw.toLowerCase().includes(lower) ? 'plain' : 'url-encoded';
    }
    // Encoded twice (a tracked link around a destination that carries the address).
    if (decoded.toLowerCase().includes(encodeURIComponent(lower))) return 'url-encoded';
    const local = lower.slice(0, lower.indexOf('@'));
    // Whole tokens only; a token with an @ is another address that happens to share the local part.
    if (
      local.length >= 4 &&
      decoded
        .toLowerCase()
        .split(/[^a-z0-9._+@-]+/)
        .includes(local)
    )
      return 'local part, plain';
    // `+` in a query is a space to a form decoder but a base64 digit to a sender: try both readings.
    return (
      this.hashed(decoded, address, '') ??
      this.layered(decoded, address, 1) ??
      (raw !== decoded ? this.layered(raw, address, 1) : null)
    );
  }

  /** Tries each decoder on the token (and on what it decodes to, once more). */
  private layered(value: string, address: string, depth: number): string | null {
    const lower = address.toLowerCase();
    const encodedAt = encodeURIComponent(lower);
    for (const decoder of DECODERS) {
      if (!decoder.accepts.test(value)) continue;
      let bytes: Uint8Array;
      try {
        bytes = decoder.decode(value);
      } catch {
        continue;
      }
      const digest = this.digestMatch(toHex(bytes), address);
      if (digest) return `${digest}, ${decoder.name}-encoded`;
      const text = decodedText(bytes);
      if (text === null) continue;
      const textLower = text.toLowerCase();
      if (textLower.includes(lower)) return decoder.name;
      if (textLower.includes(encodedAt)) return `${decoder.name} of url-encoded`;
      const hashed = this.hashed(text, address, ` inside ${decoder.name}`);
      if (hashed) return hashed;
      if (depth < 2) {
        const inner = this.layered(text.trim(), address, depth + 1);
        if (inner) return `${decoder.name} of ${inner}`;
      }
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
    return this.digests(address).get(`${name}:${hexDigest.toLowerCase()}`) ?? null;
  }

  /** Every digest of the address forms, and every digest of those digests' hex, keyed `hash:hex`. */
  private digests(address: string): Map<string, string> {
    let table = this.digestCache.get(address);
    if (table) return table;
    table = new Map();
    for (const form of formsOf(address)) {
      for (const [outer, hashOuter] of Object.entries(HASHES) as [HashName, (data: Uint8Array) => Uint8Array][]) {
        const once = toHex(hashOuter(utf8(form.value)));
        table.set(`${outer}:${once}`, `${outer} of ${form.label}`);
        for (const [second, hashSecond] of Object.entries(HASHES) as [HashName, (data: Uint8Array) => Uint8Array][]) {
          const twice = toHex(hashSecond(utf8(once)));
          if (!table.has(`${second}:${twice}`))
            table.set(`${second}:${twice}`, `${second} of ${outer} of ${form.label}`);
        }
      }
    }
    this.digestCache.set(address, table);
    return table;
  }
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
