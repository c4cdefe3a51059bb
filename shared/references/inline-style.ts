// An element's `style` attribute as a property -> value map, parsed with css-tree (values left raw).

import { walk } from 'css-tree';

import { parseCssStructure } from './parse-css';
import { StringCache } from './string-cache';

const cache = new WeakMap<object, ReadonlyMap<string, string>>();
const EMPTY: ReadonlyMap<string, string> = new Map();

/** Only these properties are read from inline styles (size and visibility); others are not parsed. */
const READ_PROPERTIES = /display|visibility|opacity|width|height|position|left|top|right/i;

/** Parsed maps of the style texts seen recently: newsletters repeat one style attribute many times. */
const parsedStyles = new StringCache<ReadonlyMap<string, string>>(200_000, 20_000);

export function parseInlineStyle(style: string): ReadonlyMap<string, string> {
  if (!style.includes(':') || !READ_PROPERTIES.test(style)) return EMPTY;
  return parsedStyles.get(style, parseDeclarations);
}

/** The same without the pre-check or the memo: always parses (exported for tests). */
export function parseDeclarations(style: string): ReadonlyMap<string, string> {
  const declarations = new Map<string, string>();
  const ast = parseCssStructure(style, 'declarations');
  walk(ast, {
    visit: 'Declaration',
    enter(node) {
      const value = node.value.type === 'Raw' ? node.value.value : '';
      declarations.set(node.property.toLowerCase(), value.trim().toLowerCase());
    },
  });
  return declarations;
}

/** Memoised per element object, so that walking up many ancestors stays cheap. */
export function inlineStyleOf(element: object, style: string | undefined): ReadonlyMap<string, string> {
  if (!style) return EMPTY;
  let parsed = cache.get(element);
  if (!parsed) {
    parsed = parseInlineStyle(style);
    cache.set(element, parsed);
  }
  return parsed;
}
