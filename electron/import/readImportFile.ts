import type { ImportFormat } from '../../shared/domain/importItem';
import { importLimits } from './importLimits';
import type { TextReading } from './TextReading';
import { isWordZip, TooLargeError, textOfDocx } from './textOfDocx';
import { textOfHtml } from './textOfHtml';
import { textOfPdf } from './textOfPdf';

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** The kind of file by its first bytes, then by its name; null for a kind the import does not read. */
function formatOf(name: string, bytes: Uint8Array): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return isWordZip(bytes) ? 'docx' : null;
  // Images, old Word and Excel files, and other binary files are not read as text.
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46) ||
    startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)
  )
    return null;
  if (bytes.subarray(0, 4096).includes(0)) return null;
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'txt' || extension === 'text' || extension === '') return 'txt';
  return null;
}

/** A text file's characters: UTF-8, or Windows-1252 when it is not valid UTF-8 (older office machines). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads one file's text by its kind (PDF, Word, web page, text, archive), bounded in size, never trusting its name alone. */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<TextReading> {
  if (bytes.length > importLimits.fileBytes) return { format: null, refused: 'tooLarge' };
  if (bytes.length === 0) return { format: null, refused: 'empty' };
  const format = formatOf(name, bytes);
  // Named as a Word file or a PDF but not one inside: damaged (or renamed), not a kind the import does not read.
  if (!format) return { format: null, refused: /\.(docx|pdf)$/i.test(name) ? 'unreadable' : 'unsupported' };
  try {
    if (format === 'pdf') {
      const text = await textOfPdf(bytes);
      return text.trim() === '' ? { format, refused: 'noText' } : { format, text };
    }
    if (format === 'docx') return { format, text: await textOfDocx(bytes) };
    const text = decode(bytes);
    if (format === 'html' || (format === 'txt' && /^\s*<(?:!doctype html|html)/i.test(text))) return { format: 'html', text: textOfHtml(text) };
    return { format, text };
  } catch (error) {
    if (error instanceof TooLargeError) return { format, refused: 'tooLarge' };
    return { format, refused: 'unreadable' };
  }
}
