import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { exportKeyFrom } from './ExportStamp';

/** Largest document-properties entry read: a Word file's is a few hundred bytes. */
const coreXmlBytes = 64 * 1024;

const startsWith = (bytes: Uint8Array, text: string) => Buffer.from(bytes.subarray(0, text.length)).toString('latin1') === text;

/** The export key a file carries in its properties (PDF keywords, DOCX core properties, HTML meta), if any. */
export async function readExportKey(bytes: Uint8Array): Promise<string | null> {
  try {
    if (startsWith(bytes, '%PDF')) {
      const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
      return exportKeyFrom(pdf.getKeywords() ?? '');
    }
    if (startsWith(bytes, 'PK')) {
      // Only the small properties entry is unpacked, and only when it is small (fflate inflates no further than declared).
      const files = unzipSync(bytes, { filter: (file) => file.name === 'docProps/core.xml' && file.originalSize <= coreXmlBytes });
      const core = files['docProps/core.xml'];
      return core ? exportKeyFrom(/<cp:keywords>([^<]*)<\/cp:keywords>/.exec(strFromU8(core))?.[1] ?? '') : null;
    }
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
    return exportKeyFrom(/<meta name="keywords" content="([^"]*)"/.exec(head)?.[1] ?? '');
  } catch {
    // A damaged file tells nothing about itself.
    return null;
  }
}
