// The second of the preview's three layers (after the engine's neutraliser, before the sandboxed frame):
// DOMPurify again over the whole document, keeping only what cannot run, fetch or navigate, then the
// frame's own Content-Security-Policy and the marker stylesheet at the top of its <head>.
// Security-critical: do not loosen without review.

import DOMPurify, { type Config } from 'dompurify';

import { neutraliseCss } from '../../../shared/preview/neutralise-css';
import { SAFE_DATA_IMAGE } from '../../../shared/preview/safe-data-image';
import { replaceFormFields } from './inert-fields';
import { MARKER_CSS } from './marker-css';
import { parseMlRef } from '../../../shared/preview/ml-ref';

/** No fetch of any kind; inline images and inline styles only. */
export const FRAME_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const FORBID_TAGS = ['script', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form'];

/** Attributes whose value is a URL: only an inline raster image (or an in-document #fragment) may stay. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'background',
  'poster',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'classid',
  'profile',
  'manifest',
  'icon',
  'archive',
  'usemap',
  'itemtype',
  'action',
  'formaction',
  'ping',
  'srcset',
  'imagesrcset',
]);

/** Every event-handler attribute this engine knows (the hook below also drops any other `on…`). */
function eventHandlerAttributes(): string[] {
  const names = new Set<string>();
  for (const target of [document.createElement('div'), document, window]) {
    for (const name in target) if (name.startsWith('on')) names.add(name.toLowerCase());
  }
  return [...names];
}

/**
 * Attribute values: an inline raster image, or a value with no scheme and no path (`100`, `#fff`, `center`).
 * Anything with `:`, `/` or `\` that is not an inline image could name a remote or local resource.
 */
const ALLOWED_URI_REGEXP = /^(?:data:image\/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=]*$|[^:/\\]*$)/i;

function isInert(name: string, value: string): boolean {
  const trimmed = value.trim();
  if (SAFE_DATA_IMAGE.test(trimmed)) return true;
  return (name === 'href' || name === 'xlink:href' || name === 'usemap') && /^#[^:/\\]*$/.test(trimmed);
}

const purifier = DOMPurify(window);
// CSS goes through the engine's css-tree neutraliser once more: this layer does not trust the first pass.
purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = neutraliseCss(node.textContent, 'stylesheet');
});
purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  const name = data.attrName.toLowerCase();
  if (name.startsWith('on')) data.keepAttr = false;
  else if (name === 'style') data.attrValue = neutraliseCss(data.attrValue, 'declarations');
  else if (URL_ATTRIBUTES.has(name) && !isInert(name, data.attrValue)) data.keepAttr = false;
});

const CONFIG: Config = {
  WHOLE_DOCUMENT: true,
  FORBID_TAGS,
  FORBID_ATTR: [...eventHandlerAttributes(), 'srcset', 'imagesrcset', 'ping', 'formaction', 'action'],
  ALLOWED_URI_REGEXP,
  ADD_ATTR: ['data-ml-ref', 'data-ml-element', 'style'],
  ALLOW_DATA_ATTR: true,
};

export interface SanitisedPreview {
  /** The document for `<iframe srcdoc>`. */
  readonly srcdoc: string;
  /** The `data-ml-ref` numbers (relative to the preview's referenceOffset) that have an element. */
  readonly marked: ReadonlySet<number>;
}

export function sanitisePreview(html: string): SanitisedPreview {
  // With WHOLE_DOCUMENT, the returned node is the <html> element (null only for an empty document).
  const root =
    (purifier.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as Element | null) ??
    document.implementation.createHTMLDocument('').documentElement;
  const ownerDocument = root.ownerDocument;
  replaceFormFields(root);
  let head = root.querySelector('head');
  if (!head) {
    head = ownerDocument.createElement('head');
    root.prepend(head);
  }
  const policy = ownerDocument.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = FRAME_CSP;
  const markers = ownerDocument.createElement('style');
  markers.textContent = MARKER_CSS;
  head.prepend(policy, markers);

  const marked = new Set<number>();
  for (const element of root.querySelectorAll('[data-ml-ref]')) {
    for (const id of parseMlRef(element.getAttribute('data-ml-ref'))) marked.add(id);
  }
  return { srcdoc: `<!DOCTYPE html>\n${root.outerHTML}`, marked };
}

const cache = new WeakMap<object, SanitisedPreview>();

/** One sanitising per preview, shared by the frame and the findings list. */
export function sanitisedPreviewOf(preview: { readonly html: string }): SanitisedPreview {
  let sanitised = cache.get(preview);
  if (!sanitised) {
    sanitised = sanitisePreview(preview.html);
    cache.set(preview, sanitised);
  }
  return sanitised;
}
