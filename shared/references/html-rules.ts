// Which attribute of which element makes a client fetch a URL, as data. Elements whose meaning depends
// on context (<link rel>, <meta>, <source>, <iframe>, SVG, VML, AMP) are handled in html-references.ts.

import type { VectorName } from './vectors';

/** How an attribute value holds its URL(s). */
export type ValueKind = 'url' | 'srcset' | 'url-list' | 'css-urls';

export interface AttributeRule {
  readonly attribute: string;
  readonly vector: VectorName;
  readonly kind?: ValueKind;
}

function rule(attribute: string, vector: VectorName, kind?: ValueKind): AttributeRule {
  return kind ? { attribute, vector, kind } : { attribute, vector };
}

const VML_SOURCES = [rule('src', 'vml-src'), rule('o:href', 'vml-src'), rule('href', 'vml-src')];

export const ELEMENT_RULES: Readonly<Record<string, readonly AttributeRule[]>> = {
  img: [
    rule('src', 'img-src'),
    rule('srcset', 'img-srcset', 'srcset'),
    rule('lowsrc', 'img-lowsrc'),
    rule('dynsrc', 'img-dynsrc'),
    rule('longdesc', 'img-longdesc'),
    rule('attributionsrc', 'img-attributionsrc'),
  ],
  input: [rule('src', 'input-image-src'), rule('formaction', 'form-action')],
  isindex: [rule('src', 'isindex-src')],
  body: [rule('background', 'body-background')],
  table: [rule('background', 'table-background')],
  td: [rule('background', 'cell-background')],
  th: [rule('background', 'cell-background')],
  video: [rule('src', 'video-src'), rule('poster', 'video-poster')],
  audio: [rule('src', 'audio-src')],
  track: [rule('src', 'track-src')],
  bgsound: [rule('src', 'bgsound-src')],
  object: [rule('data', 'object-data'), rule('codebase', 'object-codebase'), rule('archive', 'object-codebase')],
  embed: [rule('src', 'embed-src'), rule('code', 'embed-code')],
  applet: [
    rule('code', 'applet-code'),
    rule('codebase', 'applet-code'),
    rule('archive', 'applet-code'),
    rule('object', 'applet-code'),
  ],
  iframe: [rule('src', 'iframe-src')],
  frame: [rule('src', 'frame-src')],
  portal: [rule('src', 'portal-src')],
  feimage: [rule('href', 'svg-feimage'), rule('xlink:href', 'svg-feimage')],
  'font-face-uri': [rule('href', 'svg-font-face-uri'), rule('xlink:href', 'svg-font-face-uri')],
  use: [rule('href', 'svg-use'), rule('xlink:href', 'svg-use')],
  a: [rule('href', 'a-href'), rule('ping', 'a-ping', 'url-list'), rule('attributionsrc', 'a-attributionsrc')],
  area: [rule('href', 'a-href'), rule('ping', 'a-ping', 'url-list')],
  form: [rule('action', 'form-action')],
  button: [rule('formaction', 'form-action')],
  menuitem: [rule('icon', 'menuitem-icon')],
  xml: [rule('src', 'xml-island')],
  html: [rule('manifest', 'html-manifest')],
  head: [rule('profile', 'head-profile')],
  import: [rule('implementation', 'import-implementation')],
  'v:fill': VML_SOURCES,
  'v:stroke': VML_SOURCES,
  'v:imagedata': VML_SOURCES,
  'v:image': VML_SOURCES,
  'v:vmlframe': [rule('src', 'vml-vmlframe')],
};

/** SVG presentation attributes that take `url(...)` (the reference must be external to fetch). */
export const SVG_URL_ATTRIBUTES: readonly string[] = [
  'fill',
  'stroke',
  'mask',
  'filter',
  'clip-path',
  'marker-start',
  'marker-mid',
  'marker-end',
];

/** Attributes that change where relative URLs resolve or that name a URL on an SVG element. */
export const SVG_HREF_ATTRIBUTES: readonly string[] = ['href', 'xlink:href'];

/** `<param name=...>` names whose value is loaded by the plug-in. */
export const OBJECT_PARAM_NAMES = new Set(['movie', 'src', 'url', 'dataurl', 'filename', 'href', 'code', 'codebase']);

/** `<link rel>` keyword to vector; the first known keyword of the rel list wins. */
export const LINK_REL_VECTORS: Readonly<Record<string, VectorName>> = {
  stylesheet: 'link-stylesheet',
  icon: 'link-icon',
  'apple-touch-icon': 'link-icon',
  'apple-touch-icon-precomposed': 'link-icon',
  'apple-touch-startup-image': 'link-icon',
  'mask-icon': 'link-icon',
  'fluid-icon': 'link-icon',
  'dns-prefetch': 'link-dns-prefetch',
  preconnect: 'link-preconnect',
  prefetch: 'link-prefetch',
  preload: 'link-preload',
  prerender: 'link-prerender',
  modulepreload: 'link-modulepreload',
  import: 'link-import',
  manifest: 'link-manifest',
  subresource: 'link-subresource',
  search: 'link-search',
};

/** `<meta name|property>` values whose content is a URL fetched by reader views, app links or pinned sites. */
export const META_URL_NAMES = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'al:web:url',
  'msapplication-config',
  'msapplication-tileimage',
  'msapplication-square70x70logo',
  'msapplication-square150x150logo',
  'msapplication-wide310x150logo',
  'msapplication-square310x310logo',
  'msapplication-badge',
  'msapplication-notification',
  'msapplication-task',
]);
