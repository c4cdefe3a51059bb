// URLs inside one CSS component value (a declaration's value or an at-rule prelude), found with
// css-tree's tokenizer (the CSS Syntax tokenizer), never with a regular expression over the text.

import { ident, string as cssString, tokenize, tokenTypes, url as cssUrl } from 'css-tree';

export type CssUrlVia = 'url' | 'escaped-url' | 'image-set' | 'image' | 'attr' | 'expression' | 'ms-filter';

export interface ValueUrl {
  readonly raw: string;
  readonly via: CssUrlVia;
}

interface Token {
  readonly type: number;
  readonly text: string;
}

/** Functions whose string arguments are URLs (not just their url() arguments). */
const STRING_URL_FUNCTIONS: Record<string, CssUrlVia> = {
  'image-set': 'image-set',
  '-webkit-image-set': 'image-set',
  image: 'image',
  '-webkit-image': 'image',
  attr: 'attr',
  expression: 'expression',
  alphaimageloader: 'ms-filter',
  icmfilter: 'ms-filter',
  src: 'url',
};

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  tokenize(text, (type: number, start: number, end: number) => {
    tokens.push({ type, text: text.slice(start, end) });
  });
  return tokens;
}

function viaForStack(stack: readonly string[]): CssUrlVia {
  for (let i = stack.length - 1; i >= 0; i--) {
    const fn = stack[i] ?? '';
    const via = Object.hasOwn(STRING_URL_FUNCTIONS, fn) ? STRING_URL_FUNCTIONS[fn] : undefined;
    if (via && via !== 'url') return via;
  }
  return 'url';
}

/** The argument of a `url(` function token (quoted, or escaped so the tokenizer missed the url token). */
function urlFunctionArgument(tokens: readonly Token[], from: number): { raw: string; end: number } {
  let depth = 0;
  let raw = '';
  let i = from;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === tokenTypes.RightParenthesis && depth === 0) break;
    if (token.type === tokenTypes.LeftParenthesis || token.type === tokenTypes.Function) depth++;
    if (token.type === tokenTypes.RightParenthesis) depth--;
    raw += token.type === tokenTypes.String ? cssString.decode(token.text) : token.text;
  }
  return { raw: cssUrl.decode(`url(${raw.trim()})`), end: i };
}

export function findUrlsInCssValue(text: string): ValueUrl[] {
  const tokens = tokensOf(text);
  const found: ValueUrl[] = [];
  const stack: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case tokenTypes.Url:
        found.push({ raw: cssUrl.decode(token.text), via: stack.length ? viaForStack(stack) : 'url' });
        break;
      case tokenTypes.Function: {
        const written = token.text.slice(0, -1);
        const name = ident.decode(written).toLowerCase();
        if (name === 'url') {
          const { raw, end } = urlFunctionArgument(tokens, i + 1);
          const escaped = written.toLowerCase() !== 'url';
          found.push({ raw, via: escaped ? 'escaped-url' : stack.length ? viaForStack(stack) : 'url' });
          i = end;
        } else {
          stack.push(name);
        }
        break;
      }
      case tokenTypes.LeftParenthesis:
        stack.push('');
        break;
      case tokenTypes.RightParenthesis:
        stack.pop();
        break;
      case tokenTypes.String:
        if (stack.some((name) => name in STRING_URL_FUNCTIONS)) {
          found.push({ raw: cssString.decode(token.text), via: viaForStack(stack) });
        }
        break;
      default:
        break;
    }
  }
  return found;
}

/** The URL of an `@import` prelude: its first url() or string. */
export function findImportUrl(prelude: string): string | null {
  for (const token of tokensOf(prelude)) {
    if (token.type === tokenTypes.Url) return cssUrl.decode(token.text);
    if (token.type === tokenTypes.String) return cssString.decode(token.text);
    if (token.type === tokenTypes.Function) {
      const found = findUrlsInCssValue(prelude)[0];
      return found ? found.raw : null;
    }
  }
  return null;
}
