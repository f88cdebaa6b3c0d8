/** Largest image a communiqué's body may carry inline, in bytes of its data: URI. */
export const maxBodyImageBytes = 8 * 1024 * 1024;

/** True for an image the body may carry: a PNG or JPEG inside a data: URI, within the size limit. */
export function isAllowedImageSrc(src: unknown): src is string {
  return typeof src === 'string' && src.length <= maxBodyImageBytes && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(src);
}
