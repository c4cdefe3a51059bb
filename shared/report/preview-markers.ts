// The neutralised preview (shared/preview/build-preview.ts) made ready for the report: a numbered badge
// beside every element that carried a remote reference, the numbers of the report's finding list. Read
// and rewritten with htmlparser2 and dom-serializer, never with regular expressions over the markup.

import { parseMlRef } from '../preview/ml-ref';
import render from 'dom-serializer';
import { Element, isTag, isText, Text, type AnyNode, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export interface MarkedPreview {
  /** The preview's style sheets (already neutralised; `<` escaped by the neutraliser). */
  readonly styles: readonly string[];
  /** The body's kept presentational attributes (bgcolor, style, …), for the element that stands for it. */
  readonly bodyAttributes: Readonly<Record<string, string>>;
  /** The body's content with the badges, serialised. */
  readonly bodyHtml: string;
  /** Preview reference ids that got a badge. */
  readonly marked: readonly number[];
}

/** `data-ml-ref="3 4"` -> [3, 4]. */
export function mlRefs(element: Element): number[] {
  return parseMlRef(element.attribs['data-ml-ref']);
}

function elementsOf(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    out.push(node);
    elementsOf(node.children, out);
  }
  return out;
}

function find(nodes: readonly AnyNode[], name: string): Element | undefined {
  return elementsOf(nodes).find((element) => element.name === name);
}

/** The visible text of an element, white space collapsed; an image without text speaks by its alt. */
export function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.data);
      else if (isTag(node)) {
        if (node.name === 'img' && node.attribs.alt?.trim()) parts.push(` [image: ${node.attribs.alt.trim()}] `);
        else if (node.name === 'img') parts.push(' [image] ');
        else if (node.name !== 'style') walk(node.children);
      }
    }
  };
  walk(element.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Preview reference id -> the text of the element carrying it (for links: the words one clicks). */
export function previewTexts(html: string): Map<number, string> {
  const texts = new Map<number, string>();
  for (const element of elementsOf(parseDocument(html).children)) {
    for (const id of mlRefs(element)) if (!texts.has(id)) texts.set(id, textOf(element));
  }
  return texts;
}

/** Where a badge is not laid out (inside SVG, a select, a table row's structure): it goes outside. */
const NO_BADGE_INSIDE = new Set(['svg', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'map', 'picture']);
const TABLE_STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'col', 'caption']);
const CELLS = new Set(['td', 'th']);
const TAG_NAME = /^[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?$/i;
/** Inline hiding the report can see without a style engine; stylesheet hiding is said in the list. */
const HIDDEN_INLINE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHiddenInline(element: Element): boolean {
  return 'hidden' in element.attribs || HIDDEN_INLINE.test(element.attribs.style ?? '');
}

/**
 * The node the badge goes before (or into, for a table cell): the element itself, moved out of anything
 * the badge would be invisible or misplaced in — SVG, form lists, inline-hidden ancestors (a hidden pixel
 * is the usual tracker) — and into the first cell when the element is a table's row or section.
 */
function badgeSite(element: Element): { readonly node: Element; readonly inside: boolean } {
  let site: Element = element;
  for (let parent = element.parent; parent && isTag(parent); parent = parent.parent) {
    // The body's content is what the report shows: a badge never leaves it.
    if (parent.name === 'body' || parent.name === 'html') break;
    if (NO_BADGE_INSIDE.has(parent.name) || isHiddenInline(parent)) site = parent;
  }
  if (isHiddenInline(site) && site !== element) return outsideTable(site);
  if (CELLS.has(site.name)) return { node: site, inside: true };
  if (TABLE_STRUCTURE.has(site.name) && site.name !== 'table') {
    const cell = elementsOf(site.children).find((child) => CELLS.has(child.name));
    if (cell) return { node: cell, inside: true };
  }
  return outsideTable(site);
}

/** A badge cannot stand between table rows: the HTML parser would move it; it goes before the table. */
function outsideTable(site: Element): { readonly node: Element; readonly inside: boolean } {
  let node = site;
  while (node.parent && isTag(node.parent) && TABLE_STRUCTURE.has(node.parent.name)) {
    let table: Element | null = node.parent;
    while (table && table.name !== 'table') {
      table = table.parent && isTag(table.parent) && table.parent.name !== 'body' ? table.parent : null;
    }
    // A row outside any table: the browser drops the stray tags, so the badge can stay where it is.
    if (!table) break;
    node = table;
  }
  return { node, inside: false };
}

/**
 * Inline and !important, like the app's markers (renderer/src/preview/marker-layer.ts): the mail's CSS
 * cannot hide or restyle them. Black on white with a border so they survive a black-and-white print.
 */
const BADGE_STYLE = [
  'display:inline-block',
  'visibility:visible',
  'opacity:1',
  'position:static',
  'float:none',
  'width:auto',
  'height:auto',
  'min-width:1.6em',
  'margin:0 2px',
  'padding:0 3px',
  'border:2px solid #000',
  'border-radius:3px',
  'background:#fff',
  'color:#000',
  'font:bold 12px/1.3 sans-serif',
  'text-align:center',
  'text-indent:0',
  'letter-spacing:0',
  'text-transform:none',
  'vertical-align:middle',
  'clip-path:none',
  'transform:none',
  'filter:none',
]
  .map((declaration) => `${declaration} !important`)
  .join(';');

function badge(number: number): Element {
  return new Element('span', { class: 'ml-report-marker', 'data-ml-number': String(number), style: BADGE_STYLE }, [
    new Text(`[${number}]`),
  ]);
}

function insertBefore(node: Element, inserted: ChildNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  const at = siblings.indexOf(node);
  siblings.splice(at, 0, ...inserted);
  for (const child of inserted) child.parent = parent;
  for (let i = 0; i < siblings.length; i++) {
    siblings[i]!.prev = siblings[i - 1] ?? null;
    siblings[i]!.next = siblings[i + 1] ?? null;
  }
}

function prepend(node: Element, inserted: ChildNode[]): void {
  node.children.unshift(...inserted);
  for (const child of inserted) child.parent = node;
  const siblings = node.children;
  for (let i = 0; i < siblings.length; i++) {
    siblings[i]!.prev = siblings[i - 1] ?? null;
    siblings[i]!.next = siblings[i + 1] ?? null;
  }
}

/**
 * Adds a badge `[n]` for each reference id of the preview, n = `numberOf(id)` (ids without a number get
 * none), and splits the document into its styles, its body's attributes and its body's content.
 */
export function markPreview(html: string, numberOf: (id: number) => number | undefined): MarkedPreview {
  const document = parseDocument(html);
  const styles: string[] = [];
  for (const element of elementsOf(document.children)) {
    if (element.name === 'style')
      styles.push(element.children.map((child) => (isText(child) ? child.data : '')).join(''));
  }
  // htmlparser2 accepts tag names such as `scr<script` (vector fixture 124) and dom-serializer writes them
  // back as they are; a browser reads that as an unknown element, but no text like `<script` may remain
  // in the report: an element with a name that is not a plain tag name becomes a span.
  for (const element of elementsOf(document.children)) if (!TAG_NAME.test(element.name)) element.name = 'span';
  const body = find(document.children, 'body');
  const content = body ? body.children : document.children;
  const marked: number[] = [];
  const bodyNumbers: number[] = [];
  // Collected first: inserting while walking would shift what is walked.
  const sites = elementsOf(content)
    .map((element) => ({ element, ids: mlRefs(element) }))
    .filter((site) => site.ids.length > 0);
  for (const { element, ids } of sites) {
    const numbers = ids.map(numberOf).filter((number): number is number => number !== undefined);
    marked.push(...ids.filter((id) => numberOf(id) !== undefined));
    if (numbers.length === 0) continue;
    const site = badgeSite(element);
    const badges = numbers.map(badge);
    if (site.inside) prepend(site.node, badges);
    else insertBefore(site.node, badges);
  }
  if (body) {
    for (const id of mlRefs(body)) {
      const number = numberOf(id);
      if (number === undefined) continue;
      bodyNumbers.push(number);
      marked.push(id);
    }
  }
  const bodyHtml = render([...bodyNumbers.map(badge), ...content.filter((node) => node.type !== 'style')], {
    encodeEntities: 'utf8',
  });
  const bodyAttributes = { ...(body?.attribs ?? {}) };
  delete bodyAttributes['data-ml-ref'];
  return { styles, bodyAttributes, bodyHtml, marked: [...new Set(marked)].sort((a, b) => a - b) };
}
