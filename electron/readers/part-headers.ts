// Content-Base / Content-Location of the HTML body part (RFC 2557). mailparser does not expose the
// headers of text parts, so mailsplit (the MIME splitter mailparser itself uses) walks the part tree.
// Only mails that mention these headers at all pay for the second pass.

import { Splitter, type SplitterChunk } from '@zone-eu/mailsplit';

export interface BodyLocation {
  readonly contentBase?: string;
  readonly contentLocation?: string;
}

/** The fields of mailsplit's MIME node we read (its typings do not declare `rfc822`). */
interface SplitterNode {
  readonly type: string;
  readonly contentType: string | false;
  readonly rfc822?: boolean;
  readonly parentNode: SplitterNode | false;
  readonly headers: { get(key: string): string[] } | false;
}

function headerValue(node: SplitterNode, key: string): string | undefined {
  if (!node.headers) return undefined;
  // `get` gives raw lines (`Content-Base: "https://..."`); a URL holds no white space, so unfold by removing it.
  const line = node.headers.get(key)[0];
  if (!line) return undefined;
  const value = line.slice(line.indexOf(':') + 1).replace(/\s+/g, '');
  return value.replace(/^"(.*)"$/, '$1') || undefined;
}

/** The nearest value on the part or its multipart ancestors, stopping at an attached message. */
function inherited(node: SplitterNode, key: string): string | undefined {
  for (let current: SplitterNode | false = node; current; current = current.parentNode) {
    const value = headerValue(current, key);
    if (value) return value;
    if (current.parentNode && current.parentNode.rfc822) return undefined;
  }
  return undefined;
}

function insideAttachedMessage(node: SplitterNode): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) if (current.rfc822) return true;
  return false;
}

const NAME_TAILS = ['base', 'location'];

/**
 * Does the mail mention a Content-Base or Content-Location header at all? Searches the bytes with
 * Buffer.indexOf (native) for `ontent-`/`ONTENT-` and checks what follows, case-insensitively: decoding
 * the whole mail to a string for a regular expression took a tenth of the reading time.
 */
export function mentionsBodyLocation(raw: Buffer): boolean {
  for (const stem of ['ontent-', 'ONTENT-']) {
    for (let at = raw.indexOf(stem); at >= 0; at = raw.indexOf(stem, at + stem.length)) {
      const tail = raw.toString('latin1', at + stem.length, at + stem.length + 8).toLowerCase();
      if (NAME_TAILS.some((name) => tail.startsWith(name))) return true;
    }
  }
  return false;
}

export function findHtmlBodyLocation(raw: Buffer): Promise<BodyLocation> {
  return new Promise((resolve, reject) => {
    const splitter = new Splitter();
    let result: BodyLocation | undefined;
    splitter.on('data', (chunk: SplitterChunk) => {
      const data = chunk as unknown as SplitterNode;
      if (!result && data.type === 'node' && data.contentType === 'text/html' && !insideAttachedMessage(data)) {
        const contentBase = inherited(data, 'content-base');
        const contentLocation = inherited(data, 'content-location');
        result = { ...(contentBase ? { contentBase } : {}), ...(contentLocation ? { contentLocation } : {}) };
      }
    });
    (splitter as unknown as NodeJS.EventEmitter).on('end', () => resolve(result ?? {}));
    (splitter as unknown as NodeJS.EventEmitter).on('error', reject);
    splitter.end(raw);
  });
}
