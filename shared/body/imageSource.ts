/** Largest image a communiqué's body may carry inline, in bytes of its data: URI. */
export const maxBodyImageBytes = 8 * 1024 * 1024;

/** Longest side, in pixels, an inserted photo keeps: the text's width at 300 dpi, with room to spare. */
export const maxBodyImageSidePx = 2400;

/**
 * True for an image the body may carry: a PNG or JPEG inside a data: URI, within the size limit, whose bytes begin as
 * that kind of file does (a text file renamed `.png` is not a picture).
 */
export function isAllowedImageSrc(src: unknown): src is string {
  return typeof src === 'string' && src.length <= maxBodyImageBytes && /^data:image\/(png;base64,iVBORw0KGgo|jpeg;base64,\/9j\/)[A-Za-z0-9+/]*=*$/.test(src);
}
