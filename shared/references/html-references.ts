// Walks one HTML (or SVG, or AMP) document with a real parser (htmlparser2) and collects every URL a
// client would request, including those inside Outlook conditional comments, iframe srcdoc, data: URI
// documents and attached (cid:) stylesheets and SVGs.

import { isComment, isDirective, isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { parseLightDocument } from './light-dom';

import type { Condition, RemoteReference, Trigger } from '../model/reference';
import { findCssUrls } from './css-urls';
import type { CssMode } from './parse-css';
import { decodeDocumentDataUrl } from './data-url';
import { declaredSize, hiddenReasons } from './element-geometry';
import { ELEMENT_RULES, SVG_HREF_ATTRIBUTES, SVG_URL_ATTRIBUTES, type AttributeRule } from './html-rules';
import { visitSpecialElement } from './html-special-elements';
import { findUrlsInCssValue } from './css-value-urls';
import { combineBase, resolveUrl } from './resolve-url';
import { parseSrcsetUrls } from './srcset';
import { VECTORS, type VectorName } from './vectors';

/** A text document attached to the mail and addressed by `cid:` (stylesheet, SVG, HTML). */
export interface AttachedDocument {
  readonly contentType: string;
  readonly text: string;
}

export interface HtmlScanOptions {
  /** Readable name of the part, e.g. `text/html`. */
  readonly part: string;
  /** Content-Base / Content-Location of the part. */
  readonly base?: string;
  /** Looks up a `cid:` reference among the mail's attachments (text documents only). */
  readonly resolveCid?: (contentId: string) => AttachedDocument | undefined;
  /** For attachments that are only rendered when the reader opens them. */
  readonly openedByReader?: boolean;
}

export interface FoundReference {
  readonly reference: RemoteReference;
  /** Element of the scanned document that shows the reference; null when nothing in it is rendered. */
  readonly site: Element | null;
}

export interface HtmlScan {
  readonly document: Document;
  readonly found: readonly FoundReference[];
}

/** Context of the walk. A fresh object only where it changes (svg, nested documents). */
export interface WalkContext {
  readonly base: string | undefined;
  readonly within: readonly string[];
  readonly condition?: Condition;
  /** Outer element standing for a nested document (iframe, object, img with a data: SVG). */
  readonly site?: Element | null;
  readonly inSvg: boolean;
  readonly inMath: boolean;
  readonly depth: number;
  /**
   * Inside a document shown as an image (`<img src="data:image/svg+xml,...">`, a `cid:` SVG in an image
   * attribute). An SVG image loads nothing (HTML "SVG as image", secure mode, in every engine); its URLs
   * are fetched only if the reader opens the image on its own, as a document.
   */
  readonly shownAsImage?: boolean;
}

/** Attribute vectors whose value is shown as an image: a document in them is an image, not a document. */
const IMAGE_VECTORS = new Set<VectorName>([
  'img-src',
  'img-lowsrc',
  'input-image-src',
  'isindex-src',
  'body-background',
  'table-background',
  'cell-background',
  'background-attribute',
  'video-poster',
]);

/** Limits nesting of documents inside documents (srcdoc in data: in a conditional comment ...). */
const MAX_DOCUMENT_DEPTH = 4;
const NO_GEOMETRY = new Set(['link', 'meta', 'style', 'script', 'head', 'html', 'base', 'param', 'a', 'area', 'form']);
const ACTION_CONDITIONS = new Set<Condition>(['print', 'forward', 'hover']);

export function parseHtml(html: string): Document {
  return parseLightDocument(html);
}

export class ReferenceCollector {
  readonly found: FoundReference[] = [];

  constructor(private readonly options: HtmlScanOptions) {}

  /** Records one raw URL value; drops values that cannot leave the machine. */
  add(
    raw: string,
    vector: VectorName,
    element: Element,
    attribute: string,
    context: WalkContext,
    cssCondition?: Condition,
  ): void {
    const resolved = resolveUrl(raw, context.base);
    if (!resolved) return;
    const condition = cssCondition ?? context.condition;
    let trigger: Trigger = VECTORS[vector].trigger;
    if (
      trigger === 'open' &&
      ((condition && ACTION_CONDITIONS.has(condition)) || this.options.openedByReader || context.shownAsImage)
    ) {
      trigger = 'action';
    }
    const geometry = trigger === 'open' && !NO_GEOMETRY.has(element.name);
    const size = geometry ? declaredSize(element) : undefined;
    const hidden = geometry ? hiddenReasons(element) : [];
    const reference: RemoteReference = {
      url: resolved.url,
      vector,
      trigger,
      location: {
        part: this.options.part,
        element: element.name,
        attribute,
        ...(context.within.length ? { within: context.within } : {}),
      },
      ...(size ? { declaredSize: size } : {}),
      ...(hidden.length ? { hidden } : {}),
      ...(condition ? { condition } : {}),
      ...(resolved.resolvedFrom ? { resolvedFrom: resolved.resolvedFrom } : {}),
    };
    this.found.push({ reference, site: context.site === undefined ? element : context.site });
  }

  addCss(css: string, mode: CssMode, element: Element, context: WalkContext, attributePrefix = ''): void {
    for (const url of findCssUrls(css, mode)) {
      this.add(url.raw, url.vector, element, attributePrefix + url.property, context, url.condition);
    }
  }

  /** Parses and walks a document nested in this one (srcdoc, data: URL, cid: attachment, conditional comment). */
  walkNested(text: string, context: WalkContext, label: string, site: Element | null, base?: string): void {
    if (context.depth >= MAX_DOCUMENT_DEPTH) return;
    const nested: WalkContext = {
      ...context,
      base,
      within: [...context.within, label],
      site,
      depth: context.depth + 1,
    };
    this.walkNodes(parseHtml(text).children, nested);
  }

  /** A `cid:`, `data:` or `view-source:` value of a frame-like attribute: a whole document inside. */
  walkEmbeddedDocument(
    value: string,
    element: Element,
    attribute: string,
    outerContext: WalkContext,
    asImage = false,
  ): boolean {
    const context = asImage && !outerContext.shownAsImage ? { ...outerContext, shownAsImage: true } : outerContext;
    const site = context.site === undefined ? element : context.site;
    const trimmed = value.trim();
    if (/^cid:/i.test(trimmed)) {
      const attached = this.options.resolveCid?.(trimmed.slice(4));
      if (!attached) return true;
      const label = `attachment cid:${trimmed.slice(4)} in <${element.name} ${attribute}>`;
      if (/css/i.test(attached.contentType)) {
        this.addCss(attached.text, 'stylesheet', element, { ...context, within: [...context.within, label], site });
      } else {
        this.walkNested(attached.text, context, label, site);
      }
      return true;
    }
    const document = decodeDocumentDataUrl(trimmed);
    if (document) {
      const label = `data:${document.mediaType} in <${element.name} ${attribute}>`;
      if (document.mediaType === 'text/css') {
        this.addCss(document.text, 'stylesheet', element, { ...context, within: [...context.within, label], site });
      } else {
        this.walkNested(document.text, context, label, site);
      }
      return true;
    }
    return false;
  }

  walkNodes(nodes: readonly AnyNode[], context: WalkContext): void {
    for (const node of nodes) {
      if (isTag(node)) this.visitElement(node, context);
      else if (isComment(node)) this.visitComment(node.data, context);
      else if (isDirective(node)) visitSpecialElement.directive(this, node.name, node.data, context);
    }
  }

  private visitComment(data: string, context: WalkContext): void {
    // The HTML parser reads `<?xml-stylesheet ...?>` as a bogus comment; older engines honour it.
    if (data.startsWith('?')) {
      const name = data.split(/[\s?]/, 2)[1] ?? '';
      visitSpecialElement.directive(this, `?${name}`, data, context);
      return;
    }
    // Outlook (Word) renders what sits inside `<!--[if mso]> ... <![endif]-->`; browsers ignore it.
    const match = /^\s*\[if\s+([^\]]*)\]>([\s\S]*)<!\[endif\]\s*$/i.exec(data);
    if (!match?.[2]) return;
    const inner: WalkContext = { ...context, condition: context.condition ?? 'outlook-only' };
    this.walkNested(match[2], inner, `conditional comment [if ${match[1]?.trim()}]`, null, context.base);
  }

  private applyRules(rules: readonly AttributeRule[], element: Element, context: WalkContext): void {
    for (const rule of rules) {
      const value = element.attribs[rule.attribute];
      if (value === undefined) continue;
      if (rule.kind === 'srcset') {
        for (const url of parseSrcsetUrls(value)) this.add(url, rule.vector, element, rule.attribute, context);
      } else if (rule.kind === 'url-list') {
        for (const url of value.split(/\s+/)) if (url) this.add(url, rule.vector, element, rule.attribute, context);
      } else if (!this.walkEmbeddedDocument(value, element, rule.attribute, context, IMAGE_VECTORS.has(rule.vector))) {
        const url = value.trim().replace(/^view-source:/i, '');
        this.add(url, rule.vector, element, rule.attribute, context);
      }
    }
  }

  private visitElement(element: Element, context: WalkContext): void {
    // htmlparser2 keeps the case of SVG element names (feImage); our rules are in lower case.
    const name = element.name.toLowerCase();
    let childContext = context;
    if (name === 'svg' && !context.inSvg) childContext = { ...context, inSvg: true };
    if (name === 'math' && !context.inMath) childContext = { ...context, inMath: true };

    const special = visitSpecialElement.byName(this, element, childContext, name);
    const rules = special || !Object.hasOwn(ELEMENT_RULES, name) ? undefined : ELEMENT_RULES[name];
    if (
      rules &&
      !(name === 'input' && element.attribs.type?.toLowerCase() !== 'image' && element.attribs.formaction === undefined)
    ) {
      this.applyRules(rules, element, childContext);
    }
    this.visitGenericAttributes(element, childContext, rules !== undefined || special);

    if (name === 'style') {
      const css = element.children.map((child) => (isText(child) ? child.data : '')).join('');
      this.addCss(css, 'stylesheet', element, childContext);
    }
    if (name !== 'template') this.walkNodes(element.children, childContext);
  }

  private visitGenericAttributes(element: Element, context: WalkContext, handled: boolean): void {
    const attributes = element.attribs;
    if (attributes.style) this.addCss(attributes.style, 'declarations', element, context, 'style ');
    if (!handled && attributes.background !== undefined) {
      this.add(attributes.background, 'background-attribute', element, 'background', context);
    }
    if (context.inSvg) {
      for (const attribute of SVG_URL_ATTRIBUTES) {
        const value = attributes[attribute];
        if (value === undefined || !value.includes('(')) continue;
        for (const url of findUrlsInCssValue(value))
          this.add(url.raw, 'svg-presentation-url', element, attribute, context);
      }
      if (attributes.cursor?.includes('(')) {
        for (const url of findUrlsInCssValue(attributes.cursor))
          this.add(url.raw, 'svg-cursor', element, 'cursor', context);
      }
    }
    if (context.inMath && !handled) {
      for (const attribute of SVG_HREF_ATTRIBUTES) {
        const value = attributes[attribute];
        if (value !== undefined) this.add(value, 'mathml-href', element, attribute, context);
      }
    }
  }
}

/** The base URL a document's relative URLs resolve against: its first `<base href>` over the part's. */
export function documentBase(document: Document, partBase: string | undefined): string | undefined {
  // The first <base href> in tree order wins, wherever it sits (HTML: "frozen base URL").
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'base' && node.attribs.href !== undefined) return combineBase(partBase, node.attribs.href);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return partBase;
}

export function scanHtmlDocument(html: string, options: HtmlScanOptions): HtmlScan {
  const document = parseHtml(html);
  const collector = new ReferenceCollector(options);
  const context: WalkContext = {
    base: documentBase(document, options.base),
    within: [],
    inSvg: false,
    inMath: false,
    depth: 0,
  };
  collector.walkNodes(document.children, context);
  return { document, found: collector.found };
}
