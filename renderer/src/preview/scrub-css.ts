// CSS that could still fetch, made inert: every url() that is not an inline raster image, @import, and
// the functions that take a URL as a plain string (image-set(), image(), cross-fade(), src()). The engine
// already rewrote all of them and the frame's CSP forbids any fetch; this is the renderer's own layer.

export const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]*$/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * A CSS identifier as a stylesheet may spell it: each character as itself, as a hex escape (`\75`, `\000075 `)
 * or as an escaped character (`\u`), so `\75rl(` is caught like `url(`.
 */
function cssIdentifier(name: string): string {
  return [...name]
    .map((char) => {
      // Function names are ASCII case-insensitive: `\55rl(` is `Url(`, so both cases' code points count.
      const hex = [...new Set([char.toLowerCase(), char.toUpperCase()])].map((c) => c.charCodeAt(0).toString(16));
      return `(?:${escapeRegExp(char)}|\\\\0{0,4}(?:${hex.join('|')})(?:\\r\\n|[ \\t\\r\\n\\f])?|\\\\${escapeRegExp(char)})`;
    })
    .join('');
}

const URL_FUNCTION = new RegExp(
  `(?<![\\w\\\\-])${cssIdentifier('url')}\\(\\s*("(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|(?:[^)\\\\]|\\\\.)*)\\s*\\)`,
  'gi',
);
const IMPORT_RULE = new RegExp(`@${cssIdentifier('import')}[^;]*;?`, 'gi');
const STRING_URL_FUNCTIONS = new RegExp(
  `(?<![\\w\\\\-])((?:-webkit-)?${cssIdentifier('image-set')}|${cssIdentifier('image')}|(?:-webkit-)?${cssIdentifier(
    'cross-fade',
  )}|${cssIdentifier('src')})\\s*\\(`,
  'gi',
);

function keepIfInline(match: string, value: string): string {
  const unquoted = value.trim().replace(/^(["'])([\s\S]*)\1$/, '$2');
  return SAFE_DATA_IMAGE.test(unquoted) ? match : 'none';
}

/** Where the call opened at `open` (the index of its `(`) ends: after its matching `)`, quotes respected. */
function endOfCall(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const char = css[i];
    if (char === '\\') i++;
    else if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return css.length;
}

/** image-set("…"), image("…"), cross-fade(…), src("…"): the whole call, arguments and all, becomes `none`. */
function dropStringUrlFunctions(css: string): string {
  let out = '';
  let from = 0;
  for (const match of css.matchAll(STRING_URL_FUNCTIONS)) {
    if (match.index < from) continue;
    const open = match.index + match[0].length - 1;
    out += `${css.slice(from, match.index)}none`;
    from = endOfCall(css, open);
  }
  return out + css.slice(from);
}

export function scrubCss(css: string): string {
  return dropStringUrlFunctions(css.replace(IMPORT_RULE, '').replace(URL_FUNCTION, keepIfInline));
}
