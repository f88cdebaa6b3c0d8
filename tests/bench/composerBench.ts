import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { createBackend } from '../../electron/api/createBackend';
import { seedContent } from '../helpers/fixtures';
import { startServe } from '../e2e/support/startServe';
import { available, libreOfficeToPdf, pandoc } from './externalTools';
import type { BenchRow } from './measure';
import { summarize } from './measure';
import { keyNamed, nameKeys, typeAsPerson } from './typeAsPerson';

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A communiqué of about 30 pages: seed 000's body, repeated. */
function thirtyPages(): Record<string, unknown> {
  const seed = seedContent('seed-000-es');
  return { ...seed, body: Array.from({ length: 24 }, () => String(seed.body)).join('\n\n') };
}

/** What typing felt like: keystrokes over 16 ms from input to next paint, and from input to handlers done. */
interface TypingFigures {
  typed: number;
  overPaint: number;
  overHandled: number;
  slowest: number;
  previews: number[];
  pageCount: number;
}

/** Opens communiqué 1 of `databasePath` in browser mode and types bursts of a sentence with pauses between them. */
async function typeInto(browser: Browser, databasePath: string): Promise<TypingFigures> {
  const host = await startServe(databasePath);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${host.url}#/c/1`);
  const pages = await page.waitForFunction(() => Number(document.querySelector('.page-preview-pages')?.getAttribute('data-pages')) || 0, null, {
    timeout: 60_000,
  });
  const pageCount = Number(await pages.jsonValue());
  await page.waitForTimeout(1500); // let the first checks and the dictionary settle
  await nameKeys(page);
  await page.evaluate(() => {
    const win = window as unknown as { __keys: [number, number, number][] };
    win.__keys = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === 'keydown') win.__keys.push([entry.startTime, entry.duration, entry.processingEnd - entry.startTime]);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    performance.clearMeasures();
  });
  await page.getByRole('textbox', { name: 'Cuerpo del comunicado' }).click();
  await page.keyboard.press('Control+End');
  const sentence = 'El Instituto Politécnico Nacional informó que la convocatoria sigue abierta. ';
  const bursts = 12;
  for (let burst = 0; burst < bursts; burst += 1) {
    await typeAsPerson(page, sentence);
    await page.waitForTimeout(600); // a pause: the preview, the style checks and the spelling run now
  }
  const entries = await page.evaluate(() => (window as unknown as { __keys: [number, number, number][] }).__keys);
  // The typed characters' keys only (Ctrl+End's are not typing); é and ó are inserted without keys.
  const names = await keyNamed(
    page,
    entries.map(([start]) => start),
  );
  const keys = entries.filter((_, index) => names[index]?.length === 1).map(([, paint, handled]) => [paint, handled] as const);
  const previews = await page.evaluate(() => performance.getEntriesByName('redacta:preview').map((entry) => entry.duration));
  await page.close();
  await host.stop();
  return {
    typed: bursts * [...sentence].filter((character) => /^[\x20-\x7e]$/.test(character)).length,
    overPaint: keys.filter(([paint]) => paint > 16).length,
    overHandled: keys.filter(([, handled]) => handled > 16).length,
    slowest: Math.max(0, ...keys.map(([paint]) => paint)),
    previews,
    pageCount,
  };
}

/** A database in `dir` holding one communiqué with `content`. */
async function databaseWith(dir: string, name: string, content: Record<string, unknown>): Promise<string> {
  const databasePath = join(dir, `${name}.sqlite3`);
  const backend = createBackend({ databasePath });
  const created = await backend.dispatch('createCommunique', { content });
  await backend.close();
  if (!created.ok) throw new Error(created.error.message);
  return databasePath;
}

/**
 * Typing in a 30-page body (Event Timing API) against a one-page body in the same run, the preview's update after
 * a pause, and LibreOffice laying out the same text as PDF and pandoc converting it.
 */
export async function composerBench(browser: Browser, unpaced: Browser, dir: string): Promise<BenchRow[]> {
  const content = thirtyPages();
  const thirty = await databaseWith(dir, 'thirty', content);
  const one = await databaseWith(dir, 'one', seedContent('seed-000-es'));
  // Without vsync a frame is presented as soon as it is ready: the time is the app's work, not a wait for the 60 Hz tick.
  const long = await typeInto(unpaced, thirty);
  const short = await typeInto(unpaced, one);
  const paced = await typeInto(browser, thirty);
  const share = (count: number, of: number) => `${((count / of) * 100).toFixed(1)} %`;
  const preview = summarize(long.previews);
  const rows: BenchRow[] = [
    {
      what: `typing, ${long.pageCount}-page body: keystrokes over 16 ms (input to paint)`,
      figure: share(long.overPaint, long.typed),
      note: `${long.overPaint} of ${long.typed}; target < 5 %; 1-page body ${share(short.overPaint, short.typed)}; frames unpaced`,
    },
    {
      what: 'typing, same body, frames paced at 60 Hz (headless vsync)',
      figure: share(paced.overPaint, paced.typed),
      note: `includes waiting for the next 16.7 ms tick; handlers over 16 ms: ${paced.overHandled} of ${paced.typed}`,
    },
    {
      what: 'typing: slowest keystroke to paint',
      figure: ms(long.slowest),
      note: `1-page body: ${ms(short.slowest)}; handlers over 16 ms: ${long.overHandled}`,
    },
    {
      what: `preview update after a pause (${long.pageCount} pages)`,
      figure: ms(preview.median),
      note: `median of ${long.previews.length}; p95 ${ms(preview.p95)}; target < 100 ms`,
    },
  ];

  // The same text for the other tools: Markdown for pandoc, HTML for LibreOffice to lay out and paginate.
  const paragraphs = String(content.body).split('\n\n');
  const markdown = join(dir, 'thirty.md');
  writeFileSync(markdown, `# ${String(content.title)}\n\n${paragraphs.join('\n\n')}\n`);
  if (available('pandoc')) {
    const pandocMs = summarize([await pandoc(markdown, join(dir, 'thirty.html')), await pandoc(markdown, join(dir, 'thirty.html'))]).median;
    rows.push({
      what: 'pandoc: same text, Markdown to HTML',
      figure: ms(pandocMs),
      note: `preview update is ${(pandocMs / preview.median).toFixed(1)}× faster`,
    });
  } else rows.push({ what: 'pandoc', figure: '—', note: 'not installed: apt-get install pandoc' });
  if (available('soffice')) {
    const html = join(dir, 'thirty-lo.html');
    writeFileSync(html, `<html><body><h1>${String(content.title)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
    const profile = join(dir, 'lo-profile');
    mkdirSync(profile, { recursive: true });
    await libreOfficeToPdf(html, dir, profile); // the first run creates LibreOffice's profile
    const office = summarize([await libreOfficeToPdf(html, dir, profile), await libreOfficeToPdf(html, dir, profile)]).median;
    rows.push({
      what: 'LibreOffice: same text laid out and paginated (HTML to PDF)',
      figure: ms(office),
      note: `preview update is ${(office / preview.median).toFixed(0)}× faster`,
    });
  } else rows.push({ what: 'LibreOffice', figure: '—', note: 'not installed: apt-get install libreoffice-writer-nogui' });
  return rows;
}
