// Every construct through which a mail can make a client fetch something, as data.
// Numbers refer to section 2.2 of the team's tracking-facts notes (after cure53 HTTPLeaks and the
// Email Privacy Tester). `legacy` marks constructs only old engines (IE, Word, old WebKit) honour; we
// still report them because Outlook renders with Word and because they are evidence of intent.

import type { Trigger } from '../model/reference';

export interface VectorInfo {
  readonly trigger: Trigger;
  readonly constructs: readonly number[];
  readonly description: string;
  readonly legacy?: boolean;
}

function vector(trigger: Trigger, constructs: number[], description: string, legacy = false): VectorInfo {
  return legacy ? { trigger, constructs, description, legacy } : { trigger, constructs, description };
}

export const VECTORS = {
  // Images
  'img-src': vector('open', [1, 9], 'image source (also <image>, which HTML parsers read as <img>)'),
  'img-srcset': vector('open', [2, 4], 'image candidate in srcset'),
  'picture-source-srcset': vector('open', [3], 'picture source candidate'),
  'img-lowsrc': vector('open', [5], 'low-resolution image source', true),
  'img-dynsrc': vector('open', [6], 'dynamic (video) image source', true),
  'img-longdesc': vector('action', [7], 'long description page, fetched on "view description"'),
  'img-attributionsrc': vector('open', [8], 'attribution-reporting registration'),
  'input-image-src': vector('open', [11], 'image button source'),
  'isindex-src': vector('open', [12], '<isindex> image source', true),
  // Background attributes
  'body-background': vector('open', [13], 'body background attribute'),
  'table-background': vector('open', [14], 'table background attribute'),
  'cell-background': vector('open', [15], 'table cell background attribute'),
  'background-attribute': vector('open', [13], 'background attribute on another element', true),
  // CSS
  'css-background': vector('open', [16, 17, 36], 'CSS background image'),
  'css-content': vector('open', [18], 'CSS generated content image'),
  'css-list-style': vector('open', [19], 'CSS list marker image'),
  'css-border-image': vector('open', [20], 'CSS border image'),
  'css-shape-outside': vector('open', [21], 'CSS shape-outside image'),
  'css-mask': vector('open', [22], 'CSS mask image'),
  // Chromium fetches a cursor image when the style applies, at load, not on hover (trigger-truth test).
  'css-cursor': vector('open', [23], 'CSS cursor image, fetched when the style applies (on load)'),
  'css-import': vector('open', [24], 'CSS @import'),
  'css-font-face': vector('open', [25], 'web font from @font-face'),
  'css-custom-property': vector('open', [26], 'url() held in a CSS custom property'),
  'css-attr-fallback': vector('open', [27], 'url() fallback inside attr()'),
  'css-escaped-url': vector('open', [28], 'url() written with CSS escapes'),
  'css-image-function': vector('open', [29], 'CSS image() function'),
  'css-image-set': vector('open', [16], 'CSS image-set() candidate'),
  'css-behavior': vector('open', [30], 'CSS behavior (HTC) file', true),
  'css-ms-filter': vector('open', [31], 'Microsoft filter (AlphaImageLoader, ICMFilter)', true),
  'css-expression': vector('open', [32], 'URL inside a CSS expression()', true),
  'css-source-map': vector('action', [33], 'source map, fetched when developer tools open'),
  'css-other-property': vector('open', [16], 'url() in another CSS property'),
  // <link> and <meta>
  'link-stylesheet': vector('open', [37], 'linked stylesheet'),
  'link-feed': vector('open', [38], 'linked RSS/Atom feed (client-dependent)'),
  'link-search': vector('open', [39], 'linked OpenSearch description (client-dependent)'),
  'link-icon': vector('open', [40], 'linked icon'),
  'link-dns-prefetch': vector('dns', [41], 'DNS prefetch hint'),
  'link-preconnect': vector('open', [42], 'preconnect hint: opens a connection to the host'),
  'link-prefetch': vector('open', [43], 'prefetch hint'),
  'link-preload': vector('open', [44], 'preload hint'),
  'link-prerender': vector('open', [45], 'prerender hint'),
  'link-modulepreload': vector('open', [46], 'module preload hint'),
  'link-import': vector('open', [47], 'HTML import', true),
  'link-manifest': vector('open', [48], 'web app manifest'),
  'link-subresource': vector('open', [49], 'subresource hint', true),
  'link-other': vector('action', [50], 'other linked resource, followed on demand'),
  'meta-refresh': vector('open', [51], 'meta refresh redirect'),
  // Kept as a name only: the finder no longer reports it (a <meta> CSP never sends reports).
  'meta-csp-report': vector('open', [52], 'CSP violation report endpoint (never sent from a <meta> policy)'),
  'meta-content-url': vector('action', [53, 54, 55], 'URL in a meta tag (reader views, app links, pinned sites)'),
  'html-manifest': vector('open', [57], 'application cache manifest', true),
  'head-profile': vector('open', [58], 'head profile', true),
  'doctype-system-id': vector('open', [59], 'non-standard DOCTYPE system identifier (XML parsers)', true),
  'import-implementation': vector('open', [61], '<?import?> / <import> implementation', true),
  'xml-stylesheet': vector('open', [62], '<?xml-stylesheet?> processing instruction'),
  // Media
  'video-src': vector('open', [63], 'video source'),
  'video-poster': vector('open', [64], 'video poster image'),
  'media-source': vector('open', [65, 68], 'audio or video <source>'),
  'track-src': vector('open', [66], 'subtitle track'),
  'audio-src': vector('open', [67], 'audio source'),
  'bgsound-src': vector('open', [69], 'background sound', true),
  // Embedded objects and frames
  'object-data': vector('open', [70], 'embedded object data'),
  'object-codebase': vector('open', [71], 'embedded object code base', true),
  'object-param': vector('open', [72, 73], 'embedded object parameter (movie, DataURL, src)', true),
  'embed-src': vector('open', [75], 'embedded content'),
  'embed-code': vector('open', [76], 'embedded code', true),
  'applet-code': vector('open', [77], 'Java applet code, codebase or archive', true),
  'iframe-src': vector('open', [78, 81], 'inline frame'),
  'frame-src': vector('open', [83], 'frame in a frameset'),
  'portal-src': vector('open', [84], 'portal (experimental)'),
  // SVG
  'svg-image-href': vector('open', [86, 10, 109], 'SVG image (inline, in a data: URI or attached SVG)'),
  'svg-feimage': vector('open', [87], 'SVG filter image'),
  'svg-animation-href': vector('open', [88], 'SVG animation that sets an href'),
  'svg-presentation-url': vector('open', [89], 'SVG fill/mask/filter/clip-path url()'),
  'svg-cursor': vector('open', [90], 'SVG cursor, fetched when the style applies (on load)'),
  'svg-font-face-uri': vector('open', [91], 'SVG font', true),
  'svg-use': vector('open', [86], 'SVG <use> of an external document'),
  'svg-script': vector('open', [92], 'SVG script (runs only where scripts run)'),
  'svg-a-href': vector('action', [93], 'SVG link'),
  // VML
  'vml-src': vector('open', [94], 'VML fill, stroke or image (Outlook desktop renders it)'),
  'vml-vmlframe': vector('open', [95], 'VML frame'),
  // Scripts
  'script-src': vector('open', [96, 97], 'script (runs only where scripts run)'),
  'script-attributionsrc': vector('open', [98], 'script attribution-reporting registration'),
  // Links, forms, navigation
  'a-href': vector('action', [100], 'link target, requested on click'),
  'anchor-dns-prefetch': vector('dns', [100], 'host of a link, which some clients resolve in advance'),
  'a-ping': vector('action', [101], 'ping sent on click'),
  'a-attributionsrc': vector('action', [102], 'attribution registration on click'),
  'form-action': vector('action', [103], 'form submission target'),
  'menuitem-icon': vector('action', [104], 'context menu icon'),
  'mathml-href': vector('action', [105], 'MathML link'),
  'xml-island': vector('open', [106], 'XML data island', true),
  // Message level
  'list-unsubscribe': vector('action', [110], 'List-Unsubscribe URL'),
  'amp-element': vector('open', [], 'AMP for Email component in a text/x-amp-html part (Gmail, Yahoo, Mail.ru)'),
} as const satisfies Record<string, VectorInfo>;

export type VectorName = keyof typeof VECTORS;
