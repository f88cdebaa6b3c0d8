import { isAllowedImageSrc, maxBodyImageBytes } from '../../../shared/body/imageSource';
import { readFileAsDataUrl } from '../components/readFileAsDataUrl';

/** Why an image file cannot go into the body. */
export type ImageRefusal = 'wrongType' | 'tooBig';

/** Reads a PNG or JPEG file as the data: URI the body stores, or says why it cannot. */
export async function readImageFile(file: File): Promise<{ src: string } | { refused: ImageRefusal }> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { refused: 'wrongType' };
  if (file.size * 1.37 > maxBodyImageBytes) return { refused: 'tooBig' };
  const src = await readFileAsDataUrl(file);
  return isAllowedImageSrc(src) ? { src } : { refused: 'tooBig' };
}
