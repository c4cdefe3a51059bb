// The URLs of a `srcset` / `imagesrcset` value, following the HTML "parse a srcset attribute" steps:
// candidates are separated by commas, a URL runs up to whitespace, and a URL may itself contain commas
// (only trailing commas end it). Leading commas (`",,,,URL"`, a known obfuscation) are skipped.

export function parseSrcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let position = 0;
  const length = value.length;
  const isSpace = (ch: string | undefined): boolean => ch !== undefined && /[\t\n\f\r ]/.test(ch);

  while (position < length) {
    while (position < length && (isSpace(value[position]) || value[position] === ',')) position++;
    if (position >= length) break;
    const start = position;
    while (position < length && !isSpace(value[position])) position++;
    let url = value.slice(start, position);
    let hadTrailingComma = false;
    while (url.endsWith(',')) {
      url = url.slice(0, -1);
      hadTrailingComma = true;
    }
    if (url) urls.push(url);
    if (hadTrailingComma) continue;
    // Skip the descriptors up to the next comma that is not inside parentheses.
    let depth = 0;
    while (position < length) {
      const ch = value[position];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (ch === ',' && depth === 0) break;
      position++;
    }
  }
  return urls;
}
