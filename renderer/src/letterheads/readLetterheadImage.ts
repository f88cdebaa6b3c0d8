import { readFileAsDataUrl } from '../components/readFileAsDataUrl';

/** Largest letterhead image accepted, in bytes of the file. */
export const maxLetterheadImageBytes = 1_000_000;

/** Reads a PNG, JPEG or SVG file as a data: URI for the letterhead, or says why it cannot. */
export async function readLetterheadImage(file: File): Promise<{ src: string } | { refused: 'wrongType' | 'tooBig' }> {
  if (!['image/png', 'image/jpeg', 'image/svg+xml'].includes(file.type)) return { refused: 'wrongType' };
  if (file.size > maxLetterheadImageBytes) return { refused: 'tooBig' };
  return { src: await readFileAsDataUrl(file) };
}
