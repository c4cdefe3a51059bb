// CSS for the preview with every way of fetching removed: url(), image-set(), image(), @import,
// @font-face, behaviors and legacy filters. What is left only styles; it never loads anything.

import { generate, tokenize, tokenTypes, walk, type CssNode, type List, type ListItem } from 'css-tree';

import { parseCssStructure, rawText, type CssMode } from '../references/parse-css';

/** Anything that could still point outside, after rewriting: dropped rather than trusted. */
export const REMOTE_TEXT =
  /\b(?:https?|ftp|wss?|javascript|vbscript|file|mhtml|jar):|\/\/|\\|expression\s*\(|url\s*\(/i;

const FETCHING_FUNCTIONS = new Set([
  'url',
  'image',
  '-webkit-image',
  'image-set',
  '-webkit-image-set',
  'src',
  'expression',
  'alphaimageloader',
  'icmfilter',
  'attr',
]);

const DROPPED_PROPERTIES = /^(-ms-|-moz-)?(behavior|binding|filter)$/;
const DROPPED_AT_RULES = new Set(['import', 'font-face', 'namespace']);

/** Rebuilds a value with each fetching function or url token replaced by `none`. */
function neutraliseValue(value: string): string {
  let out = '';
  let skipDepth = 0;
  tokenize(value, (type: number, start: number, end: number) => {
    const text = value.slice(start, end);
    if (skipDepth > 0) {
      if (type === tokenTypes.Function || type === tokenTypes.LeftParenthesis) skipDepth++;
      else if (type === tokenTypes.RightParenthesis) skipDepth--;
      return;
    }
    if (type === tokenTypes.Url) {
      out += 'none';
      return;
    }
    if (type === tokenTypes.Function) {
      const name = text.slice(0, -1).toLowerCase();
      const decoded = name.includes('\\') ? 'url' : name;
      if (FETCHING_FUNCTIONS.has(decoded) || decoded.startsWith('progid')) {
        out += 'none';
        skipDepth = 1;
        return;
      }
    }
    out += text;
  });
  return out;
}

function isEmptyBlock(node: CssNode): boolean {
  return node.type === 'Rule' && node.block.children.isEmpty;
}

export function neutraliseCss(css: string, mode: CssMode): string {
  const ast = parseCssStructure(css, mode);

  walk(ast, {
    leave(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      if (!list || !item) return;
      if (node.type === 'Atrule') {
        const prelude = rawText(node.prelude);
        if (DROPPED_AT_RULES.has(node.name.toLowerCase()) || REMOTE_TEXT.test(prelude)) list.remove(item);
      } else if (node.type === 'Rule') {
        const selector = rawText(node.prelude);
        if (REMOTE_TEXT.test(selector) || isEmptyBlock(node)) list.remove(item);
      } else if (node.type === 'Declaration') {
        if (DROPPED_PROPERTIES.test(node.property.toLowerCase())) {
          list.remove(item);
          return;
        }
        if (node.value.type !== 'Raw') return;
        const value = neutraliseValue(node.value.value);
        if (REMOTE_TEXT.test(value)) list.remove(item);
        else node.value.value = value;
      } else if (node.type === 'Raw' && REMOTE_TEXT.test(node.value)) {
        list.remove(item);
      }
    },
  });
  // `<` never needs to appear in CSS we keep; escaping it rules out closing the <style> element early.
  return generate(ast).replace(/</g, '\\3c ');
}
