import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../../electron/export/pdf/chromiumPrinter';
import { findChromium } from '../../../../electron/export/pdf/findChromium';
import type { PdfPrinter } from '../../../../electron/export/pdf/PdfPrinter';
import { rendererDir } from '../../../../electron/host/rendererDir';
import { openStore } from '../../../../electron/repositories/openStore';
import type { BodyNodeJson } from '../../../../shared/body/bodyJson';
import { completeContent } from '../../../../shared/domain/completeContent';
import { buildPrintDocument } from '../../../../shared/print/buildPrintDocument';
import { tempDatabasePath } from '../../../helpers/tempDir';

let printer: PdfPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

/** A print document as the exporter builds it, with the office's own letterhead and series. */
async function documentWith(body: BodyNodeJson) {
  const store = openStore(tempDatabasePath());
  try {
    const content = completeContent({ title: 'Prueba de impresión', body }, new Date('2026-12-02T10:00:00Z'));
    const { series, letterhead } = await store.read(async (repos) => ({
      series: await repos.series.get(content.series),
      letterhead: await repos.letterheads.get(1),
    }));
    if (!series || !letterhead) throw new Error('the new database has no series or letterhead');
    return buildPrintDocument({ content, series, letterhead: letterhead.definition, number: null, draft: true, translation: false });
  } finally {
    await store.close();
  }
}

/** Quotes inside quotes, deeper than any stored body may be: its layout never ends. */
function quotes(depth: number): BodyNodeJson {
  let node: BodyNodeJson = { type: 'paragraph', content: [{ type: 'text', text: 'Texto citado a fondo. '.repeat(20) }] };
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('printing within a budget', () => {
  it('gives up on a print that runs past its budget with a clear failure, and prints the next one', async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium is needed for this test (apt-get install chromium)');
    printer = chromiumPrinter({ executablePath, rendererDir: rendererDir(), budgetMs: () => 4000 });
    const started = Date.now();
    await expect(printer.print(await documentWith(quotes(70)))).rejects.toMatchObject({ code: 'PDF_PRINT_FAILED' });
    expect(Date.now() - started).toBeLessThan(30_000);
    const next = await printer.print(await documentWith({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Después.' }] }] }));
    expect(next.pages).toBe(1);
  }, 90_000);
});
