// Does a URL value look like a code generated per recipient (as opposed to a word, a date, a size or a
// file name)? A heuristic: it only ever yields "probably unique to you", never "identifies you".

const FILE_EXTENSION = /\.(gif|png|jpe?g|webp|bmp|svg|ico|php|aspx?|html?|jsp|cgi)$/i;

function shannonBitsPerChar(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export function stripExtension(value: string): string {
  return value.replace(FILE_EXTENSION, '');
}

/** Unix time in seconds or milliseconds between 2000 and 2040. */
function isTimestamp(digits: string): boolean {
  const seconds = digits.length === 13 ? Number(digits) / 1000 : digits.length === 10 ? Number(digits) : 0;
  return seconds >= 946_684_800 && seconds <= 2_208_988_800;
}

/**
 * A word (`newsletter`, `NL`, `Sale`), a short number, words with a number (`mail2ueberblick`), or a
 * size, version or week with its unit (`32px`, `v13`, `kw03`, `2x`).
 */
function isWordLike(part: string): boolean {
  if (/^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+|\d{1,4})$/.test(part)) return true;
  if (/^(?:\d{1,4}[A-Za-z]{1,3}|[A-Za-z]{1,3}\d{1,4})$/.test(part)) return true;
  const runs = part.match(/[A-Za-z]+|\d+/g) ?? [];
  const wordRun = (run: string) => run.length >= 4 && /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(run);
  return runs.length <= 3 && runs.every((run) => (/\d/.test(run) ? run.length <= 4 : wordRun(run)));
}

/** `NORMA-Newsletter-23_01_18`, `Willkommensserie/Hausliste/2023/01/04`: written by a person. */
function isReadable(token: string): boolean {
  return token
    .split(/[-_.~+/ ,:;=%&]+/)
    .filter(Boolean)
    .every(isWordLike);
}

/**
 * True for values such as `6496a8003f`, `zVyFum2`, `uxz7dfiv-k6h71u6r-o6cz2uk0-1dg5`, a long base64 blob;
 * false for `newsletter`, `2023-01-15`, `w690_h302`, `logo`, `100972`.
 */
export function looksOpaque(value: string): boolean {
  const token = stripExtension(value.trim());
  if (token.length < 6 || token.length > 2048) return false;
  if (!/^[A-Za-z0-9_\-.=~%+/@]+$/.test(token)) return false;
  // Short numbers are campaign ids, sizes, positions; eight digits and more are enough to number people,
  // unless they are a time stamp (`?v=1674123456`: cache-busting, the same for every reader).
  if (/^\d+$/.test(token)) return token.length >= 8 && !isTimestamp(token);
  if (/^\d{4}-\d{2}-\d{2}/.test(token)) return false;
  if (isReadable(token)) return false;
  const letters = token.replace(/[^A-Za-z]/g, '');
  const digits = token.replace(/[^0-9]/g, '');
  const interiorCapitals = token.slice(1).replace(/[^A-Z]/g, '').length;
  const random = digits.length > 0 && letters.length > 0 ? true : interiorCapitals >= 2 && /[a-z]/.test(token);
  if (!random) return false;
  // Words joined with digits (`header2`, `banner-600x200`) have low entropy for their length.
  return token.length >= 20 || shannonBitsPerChar(token) >= 2.5;
}
