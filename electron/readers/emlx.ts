// Apple Mail's .emlx: a line with the message's length in bytes, the RFC 5322 message itself, then an
// XML property list of Apple Mail's flags. Only the message is mail; the plist is not read.

const LENGTH_LINE = /^(\d{1,10})[ \t]*\r?\n/;

/** The message inside an .emlx file, or the bytes unchanged when they do not start with a length line. */
export function unwrapEmlx(raw: Buffer): Buffer {
  const match = LENGTH_LINE.exec(raw.subarray(0, 16).toString('latin1'));
  if (!match) return raw;
  const start = match[0].length;
  const length = Number(match[1]);
  // A length that runs past the end is a truncated file: read what is there.
  return raw.subarray(start, Math.min(raw.length, start + length));
}
