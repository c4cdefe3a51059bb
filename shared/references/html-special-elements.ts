// Elements whose URL attributes depend on context: <link rel>, <meta>, <source>, <param>, SVG and
// MathML links, SVG animations, AMP components, VML, frames with srcdoc, and processing instructions.

import { isTag, type Element } from 'domhandler';

import type { ReferenceCollector, WalkContext } from './html-references';
import { parseHtml } from './html-references';
import { LINK_REL_VECTORS, META_URL_NAMES, OBJECT_PARAM_NAMES, SVG_HREF_ATTRIBUTES } from './html-rules';
import { parseSrcsetUrls } from './srcset';
import type { VectorName } from './vectors';

type Visitor = (collector: ReferenceCollector, element: Element, context: WalkContext) => boolean;

function addHrefs(collector: ReferenceCollector, element: Element, vector: VectorName, context: WalkContext): void {
  for (const attribute of SVG_HREF_ATTRIBUTES) {
    const value = element.attribs[attribute];
    if (value !== undefined) collector.add(value, vector, element, attribute, context);
  }
}

function linkVector(element: Element): VectorName {
  const rels = (element.attribs.rel ?? '').toLowerCase().split(/\s+/);
  const type = (element.attribs.type ?? '').toLowerCase();
  if (rels.includes('alternate') && /rss|atom/.test(type)) return 'link-feed';
  if (rels.includes('shortcut') && rels.includes('icon')) return 'link-icon';
  for (const rel of rels) {
    const vector = LINK_REL_VECTORS[rel];
    if (vector) return vector;
  }
  return 'link-other';
}

/** Hosts of microdata vocabularies: an `itemtype` names one, it is never fetched. */
const VOCABULARY_HOSTS = new Set(['schema.org', 'www.schema.org', 'data-vocabulary.org', 'www.data-vocabulary.org']);

function hostOf(url: string): string | null {
  const match = /^\s*(?:https?:)?\/\/([^/?#\s:]+)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * `<link itemprop=method href="http://schema.org/HttpRequestMethod/POST">` (Gmail actions): a microdata
 * value from the item's vocabulary, not a resource. A `<link>` with `itemprop` and no `rel` is not
 * fetched by anyone; only values outside the vocabulary (an action's target URL) stay reported.
 */
function isVocabularyValue(element: Element, href: string): boolean {
  if (element.attribs.itemprop === undefined || element.attribs.rel !== undefined) return false;
  const host = hostOf(href);
  if (!host) return false;
  if (VOCABULARY_HOSTS.has(host)) return true;
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    const type = node.attribs.itemtype;
    if (type && type.split(/\s+/).some((item) => hostOf(item) === host)) return true;
  }
  return false;
}

const visitLink: Visitor = (collector, element, context) => {
  const href = element.attribs.href;
  const vector = linkVector(element);
  if (href !== undefined && isVocabularyValue(element, href)) return true;
  if (href !== undefined && !collector.walkEmbeddedDocument(href, element, 'href', context)) {
    collector.add(href, vector, element, 'href', context);
  }
  const imageSrcset = element.attribs.imagesrcset;
  if (imageSrcset !== undefined) {
    for (const url of parseSrcsetUrls(imageSrcset)) collector.add(url, 'link-preload', element, 'imagesrcset', context);
  }
  return true;
};

/** `5; url=https://...` (HTML "shared declarative refresh steps"). */
export function refreshTarget(content: string): string | null {
  const afterTime = content.replace(/^\s*[\d.]*\s*[;,]?\s*/, '');
  const withoutKey = afterTime.replace(/^url\s*=\s*/i, '');
  const unquoted = withoutKey.replace(/^(['"])(.*?)\1?$/s, '$2');
  return unquoted.trim() || null;
}

const visitMeta: Visitor = (collector, element, context) => {
  const equiv = (element.attribs['http-equiv'] ?? '').toLowerCase();
  const content = element.attribs.content ?? '';
  if (equiv === 'refresh') {
    const target = refreshTarget(content);
    if (target) collector.add(target, 'meta-refresh', element, 'content', context);
  } else if (equiv === 'content-security-policy') {
    // Not a reference: CSP ignores `report-uri` (and `report-to`) delivered in a <meta> element, so no
    // report is ever sent (Chromium: "The Content Security Policy directive 'report-uri' is ignored when
    // delivered via a <meta> element"; measured by tests/e2e/trigger-truth.test.ts). A mail has no
    // response headers to carry a policy that would report.
  } else {
    const name = (element.attribs.name ?? element.attribs.property ?? '').toLowerCase();
    if (!META_URL_NAMES.has(name)) return true;
    // msapplication-notification packs several `polling-uri=` values; others hold one URL.
    for (const piece of content.split(';')) {
      const value = piece.includes('=') ? piece.slice(piece.indexOf('=') + 1) : piece;
      collector.add(value, 'meta-content-url', element, `content (${name})`, context);
    }
  }
  return true;
};

const visitSource: Visitor = (collector, element, context) => {
  const parent = element.parent && isTag(element.parent) ? element.parent.name : '';
  const vector: VectorName = parent === 'picture' ? 'picture-source-srcset' : 'media-source';
  if (element.attribs.src !== undefined) collector.add(element.attribs.src, vector, element, 'src', context);
  if (element.attribs.srcset !== undefined) {
    for (const url of parseSrcsetUrls(element.attribs.srcset)) collector.add(url, vector, element, 'srcset', context);
  }
  return true;
};

const visitParam: Visitor = (collector, element, context) => {
  const name = (element.attribs.name ?? '').toLowerCase();
  if (OBJECT_PARAM_NAMES.has(name) && element.attribs.value !== undefined) {
    collector.add(element.attribs.value, 'object-param', element, `value (${name})`, context);
  }
  return true;
};

/** `<image>` outside SVG is turned into `<img>` by the HTML parser; inside SVG it is an SVG image. */
const visitSvgImage: Visitor = (collector, element, context) => {
  if (!context.inSvg) return false;
  addHrefs(collector, element, 'svg-image-href', context);
  return true;
};

const visitAnimation: Visitor = (collector, element, context) => {
  const target = (element.attribs.attributename ?? '').toLowerCase();
  if (target !== 'href' && target !== 'xlink:href') return true;
  for (const attribute of ['to', 'from', 'values']) {
    const value = element.attribs[attribute];
    if (value === undefined) continue;
    for (const url of value.split(';')) collector.add(url, 'svg-animation-href', element, attribute, context);
  }
  return true;
};

const visitScript: Visitor = (collector, element, context) => {
  if (context.inSvg) addHrefs(collector, element, 'svg-script', context);
  if (element.attribs.src !== undefined) collector.add(element.attribs.src, 'script-src', element, 'src', context);
  if (element.attribs.attributionsrc !== undefined) {
    collector.add(element.attribs.attributionsrc, 'script-attributionsrc', element, 'attributionsrc', context);
  }
  return true;
};

const visitFrame: Visitor = (collector, element, context) => {
  const srcdoc = element.attribs.srcdoc;
  if (srcdoc !== undefined) {
    const site = context.site === undefined ? element : context.site;
    collector.walkNested(srcdoc, context, `<${element.name} srcdoc>`, site, context.base);
  }
  return false; // src is handled by the attribute rules
};

const BY_NAME: Readonly<Record<string, Visitor>> = {
  link: visitLink,
  meta: visitMeta,
  source: visitSource,
  param: visitParam,
  image: visitSvgImage,
  set: visitAnimation,
  animate: visitAnimation,
  script: visitScript,
  iframe: visitFrame,
};

function visitByName(collector: ReferenceCollector, element: Element, context: WalkContext, name: string): boolean {
  const visitor = Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
  if (visitor) return visitor(collector, element, context);
  if (context.inSvg && name === 'a') {
    addHrefs(collector, element, 'svg-a-href', context);
    return true;
  }
  if (name.startsWith('amp-')) {
    for (const attribute of ['src', 'srcset', 'poster']) {
      const value = element.attribs[attribute];
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? parseSrcsetUrls(value) : [value];
      for (const url of urls) collector.add(url, 'amp-element', element, attribute, context);
    }
    return true;
  }
  return false;
}

/** Formal public identifier of an HTML or XHTML DTD: `-//W3C//DTD XHTML 1.0 Transitional//EN`, ... */
const STANDARD_DTD_PUBLIC_ID = /^\s*[-+]\/\/[^/]+\/\/DTD\s+[^/]*HTML/i;
const W3C_ADDRESS = /^\s*(https?:)?\/\/([a-z0-9-]+\.)*w3\.org\//i;

/**
 * `<?xml-stylesheet href=...?>`, `<?import implementation=...?>` and the DOCTYPE. The pseudo-attributes
 * of a processing instruction are read by parsing them as the attributes of an element.
 */
function visitDirective(collector: ReferenceCollector, name: string, data: string, context: WalkContext): void {
  const lower = name.toLowerCase();
  if (lower === '!doctype') {
    const literals = data.split(/["']/).filter((_, index) => index % 2 === 1);
    // The address of a public (X)HTML DTD only names it: no browser or mail client fetches it, whatever
    // host it is written with (the corpus has `http://wwww3.org/TR/xhtml1/DTD/...`).
    if (literals.some((literal) => STANDARD_DTD_PUBLIC_ID.test(literal))) return;
    for (const literal of literals) {
      if (W3C_ADDRESS.test(literal)) continue; // W3C DTDs: never fetched
      if (/^\s*(https?:)?\/\//i.test(literal)) {
        collector.add(literal, 'doctype-system-id', pseudoElement('!doctype', ''), 'system identifier', {
          ...context,
          site: null,
        });
      }
    }
    return;
  }
  if (lower !== '?xml-stylesheet' && lower !== '?import') return;
  const element = pseudoElement(lower.slice(1), data.slice(name.length).replace(/\?$/, ''));
  if (lower === '?xml-stylesheet' && element.attribs.href !== undefined) {
    collector.add(element.attribs.href, 'xml-stylesheet', element, 'href', { ...context, site: null });
  }
  if (lower === '?import' && element.attribs.implementation !== undefined) {
    collector.add(element.attribs.implementation, 'import-implementation', element, 'implementation', {
      ...context,
      site: null,
    });
  }
}

function pseudoElement(name: string, attributes: string): Element {
  const element = parseHtml(`<pi ${attributes}>`).children.find(isTag)!;
  element.name = name;
  return element;
}

export const visitSpecialElement = { byName: visitByName, directive: visitDirective };
