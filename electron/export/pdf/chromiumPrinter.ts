import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import type { PdfPrinter, PrintedPdf } from './PdfPrinter';

/** The made-up origin the print page is served from, inside the browser only (no socket is opened). */
const origin = 'http://redacta-print.invalid';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

/** The print page's function, as the page defines it. */
interface PrintWindow {
  redactaPrint(doc: PrintDocument): Promise<number>;
}

/** How to run the machine's Chromium for printing. */
export interface ChromiumPrinterOptions {
  executablePath: string;
  /** The built renderer, which holds print.html. */
  rendererDir: string;
  /** Pages printing at once (a batch keeps this many busy). */
  concurrency?: number;
}

/**
 * Prints with the machine's Chromium through playwright-core. The browser starts on the first print and stays warm,
 * with its print pages loaded, until `close()`; the pages see nothing but the built print page (no network).
 */
export function chromiumPrinter({ executablePath, rendererDir, concurrency = 2 }: ChromiumPrinterOptions): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;

  const launch = () =>
    (browser ??= chromium.launch({
      executablePath,
      headless: true,
      // Chromium refuses its sandbox to root (CI containers); everyone else keeps it.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    }));

  const openPage = async (): Promise<Page> => {
    const context = await (await launch()).newContext({ offline: true });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${origin}/`)) return route.abort('blockedbyclient');
      const path = normalize(join(rendererDir, decodeURIComponent(new URL(url).pathname)));
      if (!path.startsWith(normalize(rendererDir) + sep)) return route.abort('accessdenied');
      try {
        return await route.fulfill({ status: 200, body: await readFile(path), contentType: contentTypes[extname(path)] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    });
    const page = await context.newPage();
    await page.goto(`${origin}/print.html`);
    await page.waitForFunction(() => typeof (globalThis as unknown as Partial<PrintWindow>).redactaPrint === 'function');
    return page;
  };

  const acquire = async (): Promise<Page> => {
    const ready = idle.pop();
    if (ready) return ready;
    if (opened < concurrency) {
      opened += 1;
      return openPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  return {
    async print(doc: PrintDocument): Promise<PrintedPdf> {
      const page = await acquire();
      try {
        const pages = await page.evaluate((document) => (globalThis as unknown as PrintWindow).redactaPrint(document), doc);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        return { pdf: new Uint8Array(pdf), pages };
      } finally {
        release(page);
      }
    },
    async close() {
      const running = browser;
      browser = null;
      idle.length = 0;
      opened = 0;
      if (running) await (await running).close();
    },
  };
}
