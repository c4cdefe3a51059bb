// Every URL a stylesheet or a style attribute would make a client fetch, with the CSS construct that
// carries it and the situation in which it applies (print, forward, dark mode, hover).
// Parsed with css-tree; values are tokenised lazily (see css-value-urls.ts).

import { walk, type CssNode } from 'css-tree';

import type { Condition } from '../model/reference';
import type { VectorName } from './vectors';
import { findImportUrl, findUrlsInCssValue, type CssUrlVia } from './css-value-urls';
import { parseCssStructure, rawText, type CssMode } from './parse-css';
import { StringCache } from './string-cache';

export interface CssUrl {
  readonly raw: string;
  readonly vector: VectorName;
  /** CSS property or at-rule (`background-image`, `@import`, `@font-face src`). */
  readonly property: string;
  readonly condition?: Condition;
}

/** Cheap pre-check: CSS without any of these words cannot reference a URL, so it is not parsed at all. */
const MAY_HOLD_URL = /url|image|@import|\\|progid|expression|src|sourcemappingurl/i;

/** Selectors that only match inside a reply or forward of the mail (Litmus-style forward tracking). */
const FORWARD_SELECTOR =
  /OutlookMessageHeader|moz-email-headers-table|blockquote|MailContainerBody|divRplyFwdMsg|gmail_quote|yahoo_quoted/i;

const VIA_VECTORS: Partial<Record<CssUrlVia, VectorName>> = {
  'escaped-url': 'css-escaped-url',
  'image-set': 'css-image-set',
  image: 'css-image-function',
  attr: 'css-attr-fallback',
  expression: 'css-expression',
  'ms-filter': 'css-ms-filter',
};

const PROPERTY_VECTORS: readonly [RegExp, VectorName][] = [
  [/^--/, 'css-custom-property'],
  [/^background/, 'css-background'],
  [/^content$/, 'css-content'],
  [/^list-style/, 'css-list-style'],
  [/^(-(webkit|moz|o)-)?border-image/, 'css-border-image'],
  [/^(-webkit-)?shape-outside$/, 'css-shape-outside'],
  [/^(-webkit-)?mask/, 'css-mask'],
  [/^cursor$/, 'css-cursor'],
  [/^(-ms-)?behavior$/, 'css-behavior'],
  [/^(-ms-)?filter$/, 'css-ms-filter'],
];

export function vectorForCssUrl(property: string, via: CssUrlVia, inFontFace: boolean): VectorName {
  const byVia = VIA_VECTORS[via];
  if (byVia) return byVia;
  if (inFontFace && property === 'src') return 'css-font-face';
  for (const [pattern, name] of PROPERTY_VECTORS) if (pattern.test(property)) return name;
  return 'css-other-property';
}

function conditionOfMedia(prelude: string): Condition | undefined {
  const text = prelude.toLowerCase();
  if (/\bprint\b/.test(text) && !/\b(screen|all)\b/.test(text)) return 'print';
  if (/prefers-color-scheme\s*:\s*dark/.test(text)) return 'dark-mode';
  return undefined;
}

const NONE: readonly CssUrl[] = Object.freeze([]);

/** Texts that passed the pre-check, per mode: stylesheets and style attributes (bounds in characters). */
const CACHES: Record<CssMode, StringCache<readonly CssUrl[]>> = {
  stylesheet: new StringCache(1_000_000, 200_000),
  declarations: new StringCache(200_000, 20_000),
};

/** The URLs of a stylesheet or of a style attribute's declarations. A pure function of the text, memoised. */
export function findCssUrls(css: string, mode: CssMode): readonly CssUrl[] {
  if (!MAY_HOLD_URL.test(css)) return NONE;
  return CACHES[mode].get(css, (text) => parseCssUrls(text, mode));
}

/** The same without the pre-check or the memo: always parses (exported for tests). */
export function parseCssUrls(css: string, mode: CssMode): readonly CssUrl[] {
  const found: CssUrl[] = [];
  const ast = parseCssStructure(css, mode, (comment) => {
    const match = /^[#@]\s*sourceMappingURL=(\S+)/.exec(comment.trim());
    if (match?.[1]) found.push({ raw: match[1], vector: 'css-source-map', property: 'sourceMappingURL' });
  });

  walk(ast, {
    visit: 'Atrule',
    enter(node) {
      if (node.name.toLowerCase() !== 'import') return;
      const raw = findImportUrl(rawText(node.prelude));
      if (raw !== null) found.push({ raw, vector: 'css-import', property: '@import' });
    },
  });

  walk(ast, function (node) {
    if (node.type !== 'Declaration') return;
    const value = rawText(node.value);
    if (!MAY_HOLD_URL.test(value)) return;
    const property = node.property.toLowerCase();
    const atrule = this.atrule?.name.toLowerCase();
    const inFontFace = atrule === 'font-face';
    const condition = conditionOf(this.atrule?.prelude, this.rule?.prelude);
    for (const { raw, via } of findUrlsInCssValue(value)) {
      const vector = vectorForCssUrl(property, via, inFontFace);
      const entry: CssUrl = { raw, vector, property: inFontFace ? `@font-face ${property}` : property };
      found.push(condition ? { ...entry, condition } : entry);
    }
  });
  return found;
}

function conditionOf(
  atrulePrelude: CssNode | null | undefined,
  rulePrelude: CssNode | undefined,
): Condition | undefined {
  const selector = rawText(rulePrelude);
  if (FORWARD_SELECTOR.test(selector)) return 'forward';
  if (/:hover\b/i.test(selector)) return 'hover';
  return conditionOfMedia(rawText(atrulePrelude));
}
