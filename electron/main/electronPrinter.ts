import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';

/**
 * Prints with Electron's own Chromium: a hidden, sandboxed window on the print page (the preview's layout), one
 * communiqué at a time, kept open between prints so a batch stays warm.
 */
export function electronPrinter(printPageUrl: string): PdfPrinter {
  let window: Promise<BrowserWindow> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const open = async (): Promise<BrowserWindow> => {
    const hidden = new BrowserWindow({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    await hidden.loadURL(printPageUrl);
    return hidden;
  };

  return {
    print(doc) {
      const job = queue.then(async () => {
        window ??= open();
        const page = (await window).webContents;
        // The document travels as JSON text, read back by the page's own JSON.parse (no code from the document runs).
        const pages = (await page.executeJavaScript(`window.redactaPrint(JSON.parse(${JSON.stringify(JSON.stringify(doc))}))`)) as number;
        const pdf = await page.printToPDF({ preferCSSPageSize: true, printBackground: true });
        return { pdf: new Uint8Array(pdf), pages };
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
