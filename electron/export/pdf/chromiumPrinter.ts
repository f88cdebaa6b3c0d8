import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import type { PdfPrinter, PrintedPdf } from './PdfPrinter';
import { printBudgetMs, withinBudget } from '../printLimits';
import { printFailure } from './printFailure';

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
  /** How long a document may take to print (tests shorten it). */
  budgetMs?: (doc: PrintDocument) => number;
}

/**
 * Prints with the machine's Chromium through playwright-core. The browser starts on the first print and stays warm,
 * with its print pages loaded, until `close()`; the pages see nothing but the built print page (no network). A browser
 * that fails to start, crashes or is killed is started afresh on the next print; a page that failed is replaced.
 */
export function chromiumPrinter({ executablePath, rendererDir, concurrency = 2, budgetMs = printBudgetMs }: ChromiumPrinterOptions): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  /** Pages of the running browser, busy or idle; a page from a browser since gone is not among them. */
  const live = new Set<Page>();
  const idle: Page[] = [];
  /** Pages being opened, counted against `concurrency` with the live ones. */
  let opening = 0;
  const waiting: (() => void)[] = [];
  const wake = () => waiting.shift()?.();

  /** Forgets the browser and its pages, and lets waiting prints start a new one. */
  const forget = (gone: Promise<Browser>) => {
    if (browser !== gone) return;
    browser = null;
    live.clear();
    idle.length = 0;
    for (const resume of waiting.splice(0)) resume();
  };

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    const starting = chromium.launch({
      executablePath,
      headless: true,
      // Chromium refuses its sandbox to root (CI containers); everyone else keeps it.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    browser = starting;
    starting.then(
      (started) => started.on('disconnected', () => forget(starting)),
      () => forget(starting),
    );
    return starting;
  };

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

  /** An idle page, a new one while fewer than `concurrency` exist, or the next one released. */
  const acquire = async (): Promise<Page> => {
    for (;;) {
      const ready = idle.pop();
      if (ready) return ready;
      if (live.size + opening < concurrency) {
        opening += 1;
        try {
          const page = await openPage();
          live.add(page);
          return page;
        } finally {
          opening -= 1;
          wake();
        }
      }
      await new Promise<void>((resume) => waiting.push(resume));
    }
  };

  /** Back to the pool if it printed; otherwise closed, so the next print gets a fresh one. */
  const release = (page: Page, printed: boolean) => {
    if (printed && live.has(page)) idle.push(page);
    else {
      live.delete(page);
      void page
        .context()
        .close()
        .catch(() => undefined);
    }
    wake();
  };

  return {
    async print(doc: PrintDocument): Promise<PrintedPdf> {
      for (let attempt = 1; ; attempt += 1) {
        let page: Page;
        try {
          page = await acquire();
        } catch (error) {
          throw printFailure(error);
        }
        let printed = false;
        try {
          // Within its budget, or the page is closed (release below) and the next print gets a fresh one.
          const { pages, pdf } = await withinBudget(
            (async () => {
              const laidOut = await page.evaluate((document) => (globalThis as unknown as PrintWindow).redactaPrint(document), doc);
              return { pages: laidOut, pdf: await page.pdf({ preferCSSPageSize: true, printBackground: true }) };
            })(),
            budgetMs(doc),
          );
          printed = true;
          return { pdf: new Uint8Array(pdf), pages };
        } catch (error) {
          // The browser or the page died under this print (not the document's fault): once more on a fresh one.
          const lost = page.isClosed() || page.context().browser()?.isConnected() === false;
          if (lost && attempt === 1) continue;
          throw printFailure(error);
        } finally {
          release(page, printed);
        }
      }
    },
    async close() {
      const running = browser;
      if (!running) return;
      forget(running);
      await (await running.catch(() => null))?.close();
    },
  };
}
