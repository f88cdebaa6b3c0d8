import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { zipWithin } from '../files/zipWithin';
import { importLimits } from './importLimits';
import { textOfHtml } from './textOfHtml';

/** Thrown when a Word file would unpack to more than the import allows (a zip bomb is refused before inflating). */
export class TooLargeError extends Error {}

/**
 * The text of a Word file, one paragraph per blank-line-separated block and list items as bullets (mammoth's HTML). The zip's directory is
 * measured first: more entries, or more unpacked bytes, than a communiqué needs and it is refused before it is read.
 */
export async function textOfDocx(bytes: Uint8Array): Promise<string> {
  // Measured by what it really unpacks to, before mammoth unpacks it whole.
  if (!(await zipWithin(bytes, { entries: importLimits.docxEntries, inflatedBytes: importLimits.docxInflatedBytes }))) throw new TooLargeError('docx');
  // Through HTML, so Word's lists (bullets drawn by numbering, not typed) come out as bullets.
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return textOfHtml(result.value);
}

/** Whether a zip holds a Word document (rather than a spreadsheet or a presentation). */
export function isWordZip(bytes: Uint8Array): boolean {
  let word = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === 'word/document.xml') word = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return word;
}
