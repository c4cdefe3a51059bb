// An element's `style` attribute as a property -> value map, parsed with css-tree (values left raw).

import { walk } from 'css-tree';

import { parseCssStructure } from './parse-css';

const cache = new WeakMap<object, ReadonlyMap<string, string>>();
const EMPTY: ReadonlyMap<string, string> = new Map();

/** Only these properties are read from inline styles (size and visibility); others are not parsed. */
const READ_PROPERTIES = /display|visibility|opacity|width|height|position|left|top|right/i;

export function parseInlineStyle(style: string): ReadonlyMap<string, string> {
  if (!style.includes(':') || !READ_PROPERTIES.test(style)) return EMPTY;
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
