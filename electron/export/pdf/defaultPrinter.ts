import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/AppError';
import { rendererDir } from '../../host/rendererDir';
import { findChromium } from './findChromium';
import type { PdfPrinter, PrintedPdf } from './PdfPrinter';

/**
 * The printer outside Electron: the machine's Chromium through playwright-core, loaded and started on the first PDF
 * (so nothing pays for it until someone exports one), kept warm afterwards. Says clearly what is missing.
 */
export function defaultPrinter(): PdfPrinter {
  let printer: Promise<PdfPrinter> | null = null;
  const start = async (): Promise<PdfPrinter> => {
    const dir = rendererDir();
    if (!existsSync(join(dir, 'print.html'))) throw new AppError('PRINT_PAGE_MISSING', { path: join(dir, 'print.html') });
    const executablePath = findChromium();
    if (!executablePath) throw new AppError('PDF_PRINTER_MISSING', {});
    const { chromiumPrinter } = await import('./chromiumPrinter');
    return chromiumPrinter({ executablePath, rendererDir: dir });
  };
  return {
    async print(doc): Promise<PrintedPdf> {
      printer ??= start();
      try {
        return await (await printer).print(doc);
      } catch (error) {
        // A missing browser may be installed later: try again next time.
        if (error instanceof AppError) printer = null;
        throw error;
      }
    },
    async close() {
      const running = printer;
      printer = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
