// The one kind of URL an image may keep in the preview: an inline raster image. The engine's neutraliser
// and the renderer's sanitiser both test against it.

export const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]*$/i;
