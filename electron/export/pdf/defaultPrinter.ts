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
      const starting = printer;
      let ready: PdfPrinter;
      try {
        ready = await starting;
      } catch (error) {
        // A missing browser or print page may be put right later: look again next time.
        if (printer === starting) printer = null;
        throw error;
      }
      return ready.print(doc);
    },
    async close() {
      const running = printer;
      printer = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
