// The preview document: the mail's HTML with nothing left that can fetch, run or navigate. Each remote
// reference becomes an inert placeholder of the same box, marked `data-ml-ref="<ids>"` so the app can
// highlight it. This is the first of three layers (then DOMPurify in the renderer, then the sandboxed
// frame with its CSP); it must be safe on its own.

import render from 'dom-serializer';
import { Element, isComment, isDirective, isTag, isText, Text, type AnyNode, type ChildNode } from 'domhandler';

import type { HtmlScan } from '../references/html-references';
import { neutraliseCss, REMOTE_TEXT } from './neutralise-css';
import { SAFE_DATA_IMAGE } from './safe-data-image';

export interface NeutraliseOptions {
  /** `cid:` image -> `data:` URL of the attachment's bytes, when the attachment is an image. */
  readonly cidImage?: (contentId: string) => string | undefined;
}

/** Removed with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'template',
  'base',
  'link',
  'meta',
  'title',
  'param',
  'bgsound',
  'xml',
  'import',
  'noscript',
  'set',
  'animate',
  'animatetransform',
  'animatemotion',
  'discard',
  'handler',
  'listener',
  'frameset',
  'noframes',
  'noembed',
  'plaintext',
  'xmp',
]);

/** Replaced by an empty box of their declared size. */
const BOXED_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'video', 'audio', 'portal', 'math']);

/** Attributes that hold URLs; the preview never keeps one (but for resolved `cid:` images). */
const URL_ATTRIBUTES = new Set([
  'src',
  'href',
  'srcset',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'action',
  'formaction',
  'data',
  'codebase',
  'archive',
  'code',
  'cite',
  'ping',
  'manifest',
  'profile',
  'xlink:href',
  'o:href',
  'icon',
  'attributionsrc',
  'imagesrcset',
  'srcdoc',
  'implementation',
  'classid',
  'usemap',
  'content',
  'to',
  'from',
  'values',
  'by',
  'itemtype',
  'itemid',
  'xmlns',
  'xmlns:v',
  'xmlns:o',
  'xmlns:w',
  'xmlns:xlink',
  'xml:base',
  'lang-src',
  'dns-prefetch',
  'http-equiv',
  'target',
  'download',
  'rel',
]);

const ATTRIBUTE_NAME = /^[a-z_][a-z0-9_.:-]*$/i;

/** A transparent 1x1 GIF: takes the declared box of the image it stands for. */
export const PLACEHOLDER_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function sitesOf(scan: HtmlScan): Map<Element, number[]> {
  const sites = new Map<Element, number[]>();
  scan.found.forEach(({ site }, index) => {
    if (!site) return;
    const ids = sites.get(site) ?? [];
    ids.push(index);
    sites.set(site, ids);
  });
  return sites;
}

class Neutraliser {
  readonly styles: string[] = [];

  constructor(
    private readonly sites: Map<Element, number[]>,
    private readonly options: NeutraliseOptions,
  ) {}

  children(nodes: readonly ChildNode[]): ChildNode[] {
    const out: ChildNode[] = [];
    for (const node of nodes) {
      const kept = this.node(node);
      if (kept) out.push(...kept);
    }
    return out;
  }

  private node(node: ChildNode): ChildNode[] | null {
    if (isText(node)) return [node];
    if (isComment(node) || isDirective(node) || !isTag(node)) return null;
    return this.element(node);
  }

  private element(element: Element): ChildNode[] | null {
    const name = element.name;
    if (name === 'style') {
      const css = element.children.map((child) => (isText(child) ? child.data : '')).join('');
      const safe = neutraliseCss(css, 'stylesheet');
      if (safe) this.styles.push(safe);
      return null;
    }
    if (DROPPED_ELEMENTS.has(name)) return null;
    if (name === 'html' || name === 'head' || name === 'body') return this.children(element.children);
    const ids = this.sites.get(element);
    if (BOXED_ELEMENTS.has(name)) return [this.box(element, ids)];

    const attributes = this.attributes(element);
    if (ids) {
      attributes['data-ml-ref'] = ids.join(' ');
      if (name === 'img' || name === 'image' || (name === 'input' && element.attribs.type === 'image')) {
        attributes.src = PLACEHOLDER_IMAGE;
      }
    }
    const copy = new Element(name, attributes, this.children(element.children));
    return [copy];
  }

  private attributes(element: Element): Record<string, string> {
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on') || name.startsWith('data-ml-')) continue;
      if (name === 'style') {
        const css = neutraliseCss(value, 'declarations');
        if (css) kept.style = css;
        continue;
      }
      if (URL_ATTRIBUTES.has(name)) {
        const image = name === 'src' && element.name === 'img' ? this.inlineImage(value) : undefined;
        if (image) kept.src = image;
        continue;
      }
      if (REMOTE_TEXT.test(value) || /^\s*(data|cid):/i.test(value)) continue;
      kept[name] = value;
    }
    return kept;
  }

  /** `cid:` images and plain raster `data:` images are local: they are shown as they are. */
  private inlineImage(value: string): string | undefined {
    const trimmed = value.trim();
    if (/^cid:/i.test(trimmed)) return this.options.cidImage?.(trimmed.slice(4));
    return SAFE_DATA_IMAGE.test(trimmed) ? trimmed.replace(/\s+/g, '') : undefined;
  }

  private box(element: Element, ids: number[] | undefined): Element {
    const width = element.attribs.width;
    const height = element.attribs.height;
    const attributes: Record<string, string> = { class: 'ml-box', 'data-ml-element': element.name };
    const size = [
      width && /^\d+%?$/.test(width) ? `width:${width}${width.endsWith('%') ? '' : 'px'}` : '',
      height && /^\d+%?$/.test(height) ? `height:${height}${height.endsWith('%') ? '' : 'px'}` : '',
    ].filter(Boolean);
    if (size.length) attributes.style = size.join(';');
    if (ids) attributes['data-ml-ref'] = ids.join(' ');
    return new Element('div', attributes, [new Text(`[${element.name}]`)]);
  }
}

/** Marks placeholders without any remote fetch: outlines and a hatch drawn by CSS gradients. */
export const PLACEHOLDER_CSS = [
  '[data-ml-ref]{outline:2px dashed #c2410c;outline-offset:-1px}',
  'img[data-ml-ref]{background:repeating-linear-gradient(45deg,#fed7aa 0 4px,#fff7ed 4px 8px)}',
  '.ml-box{display:inline-block;min-width:16px;min-height:16px;border:1px dashed #9a3412;color:#9a3412;font:12px sans-serif}',
].join('\n');

/** Content-Security-Policy of the preview: no fetch of any kind, no script, inline styles only. */
export const PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'";

/** The body's presentational attributes, and its marker when it carries a reference (background). */
function bodyAttributes(scan: HtmlScan, sites: Map<Element, number[]>): Record<string, string> {
  const stack: AnyNode[] = [...scan.document.children];
  while (stack.length) {
    const node = stack.shift()!;
    if (!isTag(node)) continue;
    if (node.name === 'body') {
      const kept: Record<string, string> = {};
      for (const name of ['bgcolor', 'text', 'link', 'vlink', 'alink', 'style', 'class', 'dir', 'lang']) {
        const value = node.attribs[name];
        if (value === undefined) continue;
        if (name === 'style') kept.style = neutraliseCss(value, 'declarations');
        else if (!REMOTE_TEXT.test(value)) kept[name] = value;
      }
      const ids = sites.get(node);
      if (ids) kept['data-ml-ref'] = ids.join(' ');
      return kept;
    }
    stack.unshift(...node.children);
  }
  return {};
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function neutraliseHtml(scan: HtmlScan, options: NeutraliseOptions = {}): string {
  const sites = sitesOf(scan);
  const neutraliser = new Neutraliser(sites, options);
  const content = neutraliser.children(scan.document.children);
  const bodyAttrs = Object.entries(bodyAttributes(scan, sites))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const styles = [PLACEHOLDER_CSS, ...neutraliser.styles].map((css) => `<style>${css}</style>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
    styles,
    `</head><body${bodyAttrs}>`,
    render(content, { encodeEntities: 'utf8' }),
    '</body></html>',
  ].join('\n');
}

export function textPreview(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
    '</head><body>',
    `<pre style="white-space:pre-wrap;font:14px/1.4 monospace">${escaped}</pre>`,
    '</body></html>',
  ].join('\n');
}
