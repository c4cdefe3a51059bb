// The heuristics, each a small pure function over one reference and its mail. Thresholds and their
// reasons come from the peer tools (tracking-facts section 1): Trocker (path words, repeated >= 5 times
// is design), FairEmail (area <= 25 px²), MailTrackerBlocker (0/1 px, spacer names), Pelton (only image
// from its host, long opaque token, address in the URL).

import { say } from '../i18n/said';
import type { RemoteReference } from '../model/reference';
import type { Signal } from '../model/finding';

/** Elements that display an image (the ones size and visibility speak for). */
const IMAGE_VECTORS = new Set([
  'img-src',
  'img-srcset',
  'picture-source-srcset',
  'input-image-src',
  'svg-image-href',
  'vml-src',
  'body-background',
  'table-background',
  'cell-background',
  'background-attribute',
  'css-background',
  'amp-element',
  'video-poster',
]);

/**
 * Words of open-tracking addresses: the peers' (Trocker: open, trace, track) and those of counters and
 * web bugs (`/cgi-bin/count.cgi`, `mailopen`, `/imp`, `/trk/`, `/pxl/`).
 */
const PATH_WORD =
  /(^|[/._=&?-])(open|opens|opened|mailopen|emailopen|track|tracking|tracker|trk|trck|trace|pixel|pxl|beacon|ping|view|count|counter|hit|imp|impression|webbug)([/._=&?-]|$)/i;
/** Fonts, style sheets and scripts are named after typefaces and features (`open-sans-v13.woff2`), not
 * after what they report. */
const NOT_A_REPORT = /\.(woff2?|ttf|otf|eot|css|js)$/i;
const SPACER_NAME = /(^|\/)(spacer|blank|transparent|clear|trans|empty|shim|space|s)\.(gif|png)$/i;
const DESIGN_REPEAT = 5;
const TINY_AREA = 25;

export function isImageReference(reference: RemoteReference): boolean {
  return IMAGE_VECTORS.has(reference.vector);
}

export function sizeSignal(reference: RemoteReference): Signal | null {
  const size = reference.declaredSize;
  if (!size || !isImageReference(reference)) return null;
  const { width, height } = size;
  // Both sides known: the area decides (a 600×1 rule line is not a pixel). One side known: 0, 1 or 2 px.
  const tiny =
    width !== undefined && height !== undefined ? width * height <= TINY_AREA : (width ?? height ?? Infinity) <= 2;
  if (!tiny) return null;
  const text = `${width ?? '?'}×${height ?? '?'} px`;
  return {
    id: 'tiny',
    weight: 'strong',
    says: `declared ${text}: too small to see`,
    text: say('signal.tiny', { size: text }),
  };
}

export function hiddenSignal(reference: RemoteReference): Signal | null {
  const reasons = reference.hidden;
  if (!reasons?.length || !isImageReference(reference)) return null;
  // Hidden itself: strong. Only inside a hidden block: weak — newsletters hide the mobile or the desktop
  // half of their layout that way (a tiny pixel in such a block is caught by its size anyway).
  const own = reasons.find((reason) => !reason.includes(' on ancestor '));
  return {
    id: 'hidden',
    weight: own ? 'strong' : 'weak',
    says: `hidden: ${own ?? reasons[0]}`,
    text: say('signal.hidden', { reason: own ?? reasons[0]! }),
  };
}

/**
 * A tracking word in the address. With a code that looks made for this message (`/track/3FfFOW0w…`,
 * `/open/P2Q9Mjg1…`) it is the shape of an open-tracking URL: strong. Alone it is weak (`/view/logo`).
 */
export function pathWordSignal(url: URL, opaqueWhere?: string): Signal | null {
  if (NOT_A_REPORT.test(url.pathname)) return null;
  // Campaign labels (`utm_campaign=Program-Receipts_…_REVIEW`) describe the mail, not the request.
  const search = url.search.replace(/(^\?|&)utm_[a-z]+=[^&]*/gi, '$1');
  const match = PATH_WORD.exec(url.pathname + search);
  if (!match) return null;
  const word = match[2]!.toLowerCase();
  return opaqueWhere
    ? {
        id: 'path-word',
        weight: 'strong',
        says: `the address says "${word}" and carries a code that looks made for this message (${opaqueWhere}): the shape of an open-tracking URL`,
        text: say('signal.pathWordCode', { word, where: opaqueWhere }),
      }
    : {
        id: 'path-word',
        weight: 'weak',
        says: `the address contains "${word}"`,
        text: say('signal.pathWord', { word }),
      };
}

export function spacerSignal(url: URL): Signal | null {
  return SPACER_NAME.test(url.pathname)
    ? { id: 'spacer-name', weight: 'against', says: 'named like a layout spacer', text: say('signal.spacer') }
    : null;
}

export function repeatedSignal(count: number): Signal | null {
  return count >= DESIGN_REPEAT
    ? {
        id: 'repeated',
        weight: 'against',
        says: `used ${count} times in this mail: a design element`,
        text: say('signal.repeated', { count }),
      }
    : null;
}

export function onlyImageFromHostSignal(
  reference: RemoteReference,
  host: string,
  imagesFromHost: number,
): Signal | null {
  if (!isImageReference(reference) || imagesFromHost !== 1) return null;
  return {
    id: 'only-image-from-host',
    weight: 'weak',
    says: `the only image from ${host}`,
    text: say('signal.onlyImage', { host }),
  };
}

export function conditionSignal(reference: RemoteReference): Signal | null {
  switch (reference.condition) {
    case 'outlook-only':
      return {
        id: 'outlook-only',
        weight: 'weak',
        says: 'placed where only Outlook for Windows loads it',
        text: say('signal.outlookOnly'),
      };
    case 'print':
      return {
        id: 'print-only',
        weight: 'weak',
        says: 'loads only when the mail is printed',
        text: say('signal.printOnly'),
      };
    case 'forward':
      return {
        id: 'forward-only',
        weight: 'weak',
        says: 'loads only inside a reply or forward',
        text: say('signal.forwardOnly'),
      };
    case 'dark-mode':
      return {
        id: 'dark-mode-only',
        weight: 'weak',
        says: 'loads only in dark mode',
        text: say('signal.darkModeOnly'),
      };
    case 'hover':
    case undefined:
      return null;
  }
}
