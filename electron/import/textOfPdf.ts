import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importLimits } from './importLimits';
import { TooLargeError } from './textOfDocx';

interface Run {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const isRun = (item: unknown): item is Run => typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/**
 * The text of a PDF, line by line as printed (runs on one baseline joined), a blank line where the gap between lines
 * is wider than a line (a new paragraph) and between pages, so the reader can rejoin hard-wrapped lines and find the
 * letterhead each page repeats. No fonts, no scripts, no rendering: text only.
 */
export async function textOfPdf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    if (pdf.numPages > importLimits.pdfPages) throw new TooLargeError('pdf');
    const pages: string[] = [];
    const started = Date.now();
    for (let number = 1; number <= pdf.numPages; number++) {
      if (Date.now() - started > importLimits.pdfMillis) throw new TooLargeError('pdf time');
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // Runs on one baseline make a line, read left to right; lines top to bottom, whatever order they were drawn in.
      const runs: Run[] = [];
      for (const item of content.items as unknown[]) if (isRun(item) && item.str.trim() !== '') runs.push(item);
      const lines: { y: number; height: number; runs: Run[] }[] = [];
      for (const run of runs) {
        const y = run.transform[5] ?? 0;
        const line = lines.find((one) => Math.abs(one.y - y) < Math.max(2, (run.height || one.height) / 3));
        if (line) line.runs.push(run);
        else lines.push({ y, height: run.height || 10, runs: [run] });
      }
      lines.sort((a, b) => b.y - a.y);
      const out: string[] = [];
      lines.forEach((line, index) => {
        const previous = lines[index - 1];
        if (previous && previous.y - line.y > Math.max(previous.height, line.height) * 1.9) out.push('');
        out.push(lineText(line.runs));
      });
      pages.push(out.join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}

/** A line's runs left to right, a space where the page leaves a gap between two runs. */
function lineText(runs: Run[]): string {
  const ordered = [...runs].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of ordered) {
    const x = run.transform[4] ?? 0;
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(run.str) && x - end > (run.height || 10) * 0.15) text += ' ';
    text += run.str;
    end = x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}
