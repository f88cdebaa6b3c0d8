import type { PrintDocument } from '../../../shared/print/PrintDocument';

/** A printed communiqué: the PDF's bytes and how many pages the layout made. */
export interface PrintedPdf {
  pdf: Uint8Array;
  pages: number;
}

/** Prints communiqués on the preview's layout: Chromium through playwright-core, or Electron's printToPDF. */
export interface PdfPrinter {
  print(doc: PrintDocument): Promise<PrintedPdf>;
  /** Lets the warm browser go (end of a batch, of the CLI, of the service). */
  close(): Promise<void>;
}
