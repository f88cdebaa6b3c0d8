import { isAllowedImageSrc, maxBodyImageBytes, maxBodyImageSidePx } from '../../../shared/body/imageSource';
import { readFileAsDataUrl } from '../components/readFileAsDataUrl';

/** Why an image file cannot go into the body: not a PNG or JPEG, or not readable as a picture at all. */
export type ImageRefusal = 'wrongType' | 'unreadable';

/** An image ready for the body, and whether it was made smaller to get there (with the sizes before and after). */
export type ReadImage = { src: string; reduced: { from: number; to: number } | null } | { refused: ImageRefusal };

/**
 * Reads a PNG or JPEG file as the data: URI the body stores. A photo as it comes from a camera (too heavy, or larger
 * than print needs) is scaled down to print quality and recompressed rather than refused; only what cannot be read
 * as a picture is refused.
 */
export async function readImageFile(file: File): Promise<ReadImage> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { refused: 'wrongType' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { refused: 'unreadable' };
  }
  const longest = Math.max(bitmap.width, bitmap.height);
  const src = await readFileAsDataUrl(file);
  if (longest <= maxBodyImageSidePx && isAllowedImageSrc(src)) {
    bitmap.close();
    return { src, reduced: null };
  }
  const smaller = await shrink(bitmap, file.type === 'image/png');
  bitmap.close();
  return isAllowedImageSrc(smaller) ? { src: smaller, reduced: { from: file.size, to: Math.round((smaller.length * 3) / 4) } } : { refused: 'unreadable' };
}

/** Draws the picture at print size and encodes it: PNG when that fits (drawings keep their edges), else JPEG. */
async function shrink(bitmap: ImageBitmap, png: boolean): Promise<string> {
  const scale = Math.min(1, maxBodyImageSidePx / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return '';
  // JPEG has no transparency: what was transparent prints on white paper anyway.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  if (png) {
    const asPng = canvas.toDataURL('image/png');
    if (asPng.length <= maxBodyImageBytes) return asPng;
  }
  for (const quality of [0.85, 0.75, 0.6, 0.45]) {
    const asJpeg = canvas.toDataURL('image/jpeg', quality);
    if (asJpeg.length <= maxBodyImageBytes) return asJpeg;
  }
  return '';
}
