// One way to parse CSS for both the reference finder and the preview neutraliser: structure only.
// Values, selectors and at-rule preludes stay raw text and are tokenised only where they may hold a URL,
// which keeps stylesheet-heavy newsletters cheap. Malformed CSS is recovered from, never thrown on.

import { parse, type CssNode } from 'css-tree';

export type CssMode = 'stylesheet' | 'declarations';

export function parseCssStructure(css: string, mode: CssMode, onComment?: (value: string) => void): CssNode {
  return parse(css, {
    context: mode === 'stylesheet' ? 'stylesheet' : 'declarationList',
    parseValue: false,
    parseRulePrelude: false,
    parseAtrulePrelude: false,
    parseCustomProperty: false,
    onParseError: () => undefined,
    ...(onComment ? { onComment } : {}),
  });
}

/** The text of a node that the structural parse left raw (values, preludes), or ''. */
export function rawText(node: CssNode | null | undefined): string {
  return node && node.type === 'Raw' ? node.value : '';
}
