import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import { printFailure } from '../export/pdf/printFailure';
import { printBudgetMs, withinBudget } from '../export/printLimits';
import { secureWebPreferences } from './secureWebPreferences';

/**
 * Prints with Electron's own Chromium: a hidden, sandboxed window on the print page (the preview's layout), one
 * communiqué at a time, kept open between prints so a batch stays warm; a window that failed is replaced.
 */
export function electronPrinter(printPageUrl: string): PdfPrinter {
  let window: Promise<BrowserWindow> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const open = async (): Promise<BrowserWindow> => {
    const hidden = new BrowserWindow({
      show: false,
      webPreferences: secureWebPreferences(false),
    });
    await hidden.loadURL(printPageUrl);
    return hidden;
  };

  return {
    print(doc) {
      const job = queue.then(async () => {
        window ??= open();
        const opening = window;
        try {
          const hidden = await opening;
          if (hidden.isDestroyed() || hidden.webContents.isCrashed()) throw new Error('print window gone');
          const page = hidden.webContents;
          // The document travels as JSON text, read back by the page's own JSON.parse (no code from the document runs).
          // Within its budget, or the window is dropped below and the next print opens a fresh one.
          return await withinBudget(
            (async () => {
              const pages = (await page.executeJavaScript(`window.redactaPrint(JSON.parse(${JSON.stringify(JSON.stringify(doc))}))`)) as number;
              const pdf = await page.printToPDF({ preferCSSPageSize: true, printBackground: true });
              return { pdf: new Uint8Array(pdf), pages };
            })(),
            printBudgetMs(doc),
          );
        } catch (error) {
          // A window that failed is dropped, so the next print opens a fresh one.
          if (window === opening) window = null;
          void opening.then(
            (failed) => failed.isDestroyed() || failed.destroy(),
            () => undefined,
          );
          throw printFailure(error);
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const opened = window;
      window = null;
      if (opened) (await opened).destroy();
    },
  };
}
