import { svgIsSelfContained } from '../../../shared/print/svgIsSelfContained';
import { readFileAsDataUrl } from '../components/readFileAsDataUrl';

/** Largest letterhead image accepted, in bytes of the file. */
export const maxLetterheadImageBytes = 1_000_000;

/** Reads a PNG, JPEG or SVG file as a data: URI for the letterhead, or says why it cannot. */
export async function readLetterheadImage(file: File): Promise<{ src: string } | { refused: 'wrongType' | 'tooBig' | 'external' }> {
  if (!['image/png', 'image/jpeg', 'image/svg+xml'].includes(file.type)) return { refused: 'wrongType' };
  if (file.size > maxLetterheadImageBytes) return { refused: 'tooBig' };
  // The same rule the back end applies when the letterhead is saved.
  if (file.type === 'image/svg+xml' && !svgIsSelfContained(await file.text())) return { refused: 'external' };
  return { src: await readFileAsDataUrl(file) };
}
