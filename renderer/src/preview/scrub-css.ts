// CSS that could still fetch, made inert by the renderer's own layer: the engine's css-tree neutraliser
// (url(), image-set(), image(), @import, @font-face, behaviors, legacy filters all become `none` or go)
// run again over every stylesheet and style attribute that reaches the frame. The engine already did
// this and the frame's CSP forbids any fetch; this layer does not trust either of them.

import { neutraliseCss } from '../../../shared/preview/neutralise-css';

/** An inline raster image: the one kind of URL an `<img src>` in the preview may keep. */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]*$/i;

/** The text of a `<style>` element. */
export function scrubStylesheet(css: string): string {
  return neutraliseCss(css, 'stylesheet');
}

/** The value of a `style` attribute. */
export function scrubDeclarations(css: string): string {
  return neutraliseCss(css, 'declarations');
}
