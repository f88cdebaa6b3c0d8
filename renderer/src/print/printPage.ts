import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { printCss } from '../../../shared/print/printCss';
import { createPaginator } from './createPaginator';
import { ensureFontFaces } from './ensureFontFaces';

declare global {
  interface Window {
    /** Lays a communiqué out as pages, as the preview does, and says how many; the printer then prints the page. */
    redactaPrint?: (doc: PrintDocument) => Promise<number>;
  }
}

// The print page: the preview's layout alone, for the PDF printer (Chromium through playwright-core, or Electron).
const root = document.getElementById('print-root') as HTMLElement;
const pages = document.getElementById('pages') as HTMLElement;
const style = document.head.appendChild(document.createElement('style'));
const paginator = createPaginator(root);

window.redactaPrint = async (doc) => {
  ensureFontFaces();
  style.textContent = `${printCss(doc.letterhead)}\nhtml, body { margin: 0; padding: 0; }\n@media print { .page-measure { display: none; } }`;
  document.documentElement.lang = doc.language;
  document.title = doc.title;
  const laidOut = await paginator.layout(doc);
  // One text at a time is printed here, so none is ever superseded.
  if (!laidOut) throw new Error('superseded');
  pages.replaceChildren(...laidOut);
  await document.fonts.ready;
  return laidOut.length;
};
document.documentElement.dataset.ready = 'true';
